import type { GridArea } from './a1-address';
import { ExcelAdapterError } from './adapter-errors';
import { DEFAULT_LIMITS, MAX_ROWS_PER_RANGE } from './batch-limits';
import { type BatchLimits, runInRowBatches, splitSpan } from './row-batches';

export type RangeProperty = 'values' | 'numberFormat' | 'formulas';

/** The grids read for one area, one per property asked for, as tall as the area. */
export type AreaGrids = Partial<Record<RangeProperty, unknown[][]>>;

/**
 * Reads properties of an area in row batches. The size of a read is unknown until it arrives,
 * so the first attempt takes every row in one sync; a response Excel refuses halves the batch.
 */
export async function readArea(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: GridArea,
  properties: RangeProperty[],
  limits: BatchLimits = DEFAULT_LIMITS,
): Promise<AreaGrids> {
  const grids: AreaGrids = {};
  for (const property of properties) grids[property] = new Array(area.rowCount);

  try {
    await runInRowBatches(
      area.rowCount,
      limits,
      () => 0,
      async (span) => {
        const pieces = splitSpan(span, MAX_ROWS_PER_RANGE).map((piece) => {
          const range = sheet.getRangeByIndexes(
            area.top + piece.start,
            area.left,
            piece.count,
            area.columnCount,
          );
          range.load(properties);
          return { piece, range };
        });
        await context.sync();

        for (const { piece, range } of pieces) {
          for (const property of properties) {
            const rows = range[property] as unknown[][];
            for (let i = 0; i < piece.count; i++) grids[property]![piece.start + i] = rows[i];
          }
        }
      },
    );
  } catch (error) {
    throw new ExcelAdapterError('READ_FAILED', 'The sheet could not be read', { cause: error });
  }
  return grids;
}
