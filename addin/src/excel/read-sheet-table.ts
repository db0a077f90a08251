import { ExcelAdapterError } from './adapter-errors';
import { DEFAULT_LIMITS } from './batch-limits';
import { cellFromExcel } from './cell-conversion';
import { queueDateSystem } from './date-system';
import { readArea } from './read-area';
import type { BatchLimits } from './row-batches';
import type { CellValue, SheetTable } from './sheet-table';
import { queueSheetState } from './used-area';

export interface ReadOptions {
  /** Columns whose number formats matter (dates, percentages), chosen by header. */
  needsFormat?: (header: string) => boolean;
  limits?: BatchLimits;
}

/**
 * Reads a sheet's used range as a header and rows, in three syncs whatever the row count (more
 * only when a payload must be split): where the values are, the values, the formats of the
 * columns that need them. Text is read from `values`, never from `formulas`.
 */
export async function readSheetTable(
  context: Excel.RequestContext,
  sheetName: string,
  options: ReadOptions = {},
): Promise<SheetTable> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const { sheet, state } = queueSheetState(context, sheetName);
  const dateSystem = queueDateSystem(context);
  await context.sync();

  const { exists, used } = state();
  if (!exists) throw new ExcelAdapterError('READ_FAILED', `There is no sheet ${sheetName}`);
  if (!used) return { sheet: sheetName, header: [], rows: [], firstRow: 1, firstColumn: 0 };

  const values = (await readArea(context, sheet, used, ['values'], limits)).values!;
  const headerIndex = findHeaderRow(values);
  const header = values[headerIndex].map((cell) => String(cell ?? '').trim());
  const bodyTop = used.top + headerIndex + 1;
  const bodyRows = values.slice(headerIndex + 1);

  const formatColumns = header.flatMap((name, i) => (options.needsFormat?.(name) ? [i] : []));
  const formats = await readBodyFormats(
    context,
    sheet,
    bodyTop,
    bodyRows.length,
    used.left,
    formatColumns,
    limits,
  );
  const system = dateSystem();

  const rows = bodyRows.map((row, r) =>
    row.map((value, c): CellValue =>
      cellFromExcel(value, formats.get(c)?.[r]?.[0] as string, system),
    ),
  );
  return { sheet: sheetName, header, rows, firstRow: bodyTop + 1, firstColumn: used.left };
}

/**
 * The header is the first row with two or more filled cells: planners put a one-cell title
 * (often merged) above it. A one-column sheet's header is its first filled row.
 */
export function findHeaderRow(values: unknown[][]): number {
  const filled = (row: unknown[]) => row.filter((cell) => cell !== '' && cell !== null).length;
  const wide = values.findIndex((row) => filled(row) >= 2);
  if (wide >= 0) return wide;
  return Math.max(
    0,
    values.findIndex((row) => filled(row) > 0),
  );
}

/** Number formats of the chosen columns, one column at a time, in the same row batches. */
async function readBodyFormats(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  top: number,
  rowCount: number,
  left: number,
  columns: number[],
  limits: BatchLimits,
): Promise<Map<number, unknown[][]>> {
  const formats = new Map<number, unknown[][]>();
  if (rowCount === 0 || columns.length === 0) return formats;

  // One contiguous block from the first to the last chosen column: one read, not one per column.
  const first = Math.min(...columns);
  const last = Math.max(...columns);
  const area = { top, left: left + first, rowCount, columnCount: last - first + 1 };
  const grid = (await readArea(context, sheet, area, ['numberFormat'], limits)).numberFormat!;
  for (const column of columns) {
    formats.set(
      column,
      grid.map((row) => [row[column - first]]),
    );
  }
  return formats;
}
