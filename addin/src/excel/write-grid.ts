import { MAX_ROWS_PER_RANGE } from './batch-limits';
import { jsonBytes } from './payload-size';
import { type BatchLimits, type RowSpan, runInRowBatches, splitSpan } from './row-batches';

export type EntryValue = string | number | boolean;

/** A block of cells to write: number formats first (so "@" is in place), then values. */
export interface GridBlock {
  top: number;
  left: number;
  columnCount: number;
  /** Number format of each cell, row by row; written before the values. */
  formats?: string[][];
  /** Values as `range.values` takes them (already guarded by `cellToExcel`). */
  values?: EntryValue[][];
  rowCount: number;
}

/**
 * Writes a block in row batches that fit the byte budget, each batch a few whole-range 2-D
 * writes and one sync. A refused batch is halved and retried (see `runInRowBatches`).
 */
export async function writeGrid(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  block: GridBlock,
  limits: BatchLimits,
  /** Queued with every attempt that starts at row 0, so a refused first batch resends it. */
  withFirstBatch?: () => void,
): Promise<void> {
  const rowBytes = (row: number) =>
    32 + jsonBytes(block.formats?.[row] ?? null) + jsonBytes(block.values?.[row] ?? null);

  await runInRowBatches(block.rowCount, limits, rowBytes, async (span) => {
    if (span.start === 0) withFirstBatch?.();
    queueGridWrites(sheet, block, span);
    await context.sync();
  });
}

/** Queues the writes of some rows of a block, without syncing. */
export function queueGridWrites(sheet: Excel.Worksheet, block: GridBlock, span: RowSpan): void {
  for (const piece of splitSpan(span, MAX_ROWS_PER_RANGE)) {
    const range = sheet.getRangeByIndexes(
      block.top + piece.start,
      block.left,
      piece.count,
      block.columnCount,
    );
    const end = piece.start + piece.count;
    if (block.formats) range.numberFormat = block.formats.slice(piece.start, end);
    if (block.values) range.values = block.values.slice(piece.start, end);
  }
}
