import { DEFAULT_LIMITS } from './batch-limits';
import { cellToExcel } from './cell-conversion';
import { queueDateSystem } from './date-system';
import { TEXT_FORMAT, numberFormatOf } from './number-formats';
import type { BatchLimits } from './row-batches';
import type { CellValue, ColumnKind } from './sheet-table';
import { writeGrid } from './write-grid';

/** Columns to write beside a table: a header row and one row per table row. */
export interface ColumnsToWrite {
  sheet: string;
  /** 0-based row of the header; data rows follow. */
  top: number;
  /** 0-based column of the first written column. */
  left: number;
  header: string[];
  kinds: ColumnKind[];
  rows: CellValue[][];
}

/**
 * Writes result columns beside a table (Simulate's prices), each column under its kind's
 * format, in row batches that fit the payload. It never touches the planner's own columns.
 */
export async function writeColumns(
  context: Excel.RequestContext,
  columns: ColumnsToWrite,
  limits: BatchLimits = DEFAULT_LIMITS,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(columns.sheet);
  const dateSystem = queueDateSystem(context);
  await context.sync();

  const system = dateSystem();
  const formats = columns.kinds.map(numberFormatOf);
  const values = [
    columns.header.map((name) => cellToExcel(name, 'text', system)),
    ...columns.rows.map((row) =>
      columns.kinds.map((kind, c) => cellToExcel(row[c] ?? null, kind, system)),
    ),
  ];
  await writeGrid(
    context,
    sheet,
    {
      top: columns.top,
      left: columns.left,
      columnCount: columns.header.length,
      rowCount: values.length,
      formats: [columns.header.map(() => TEXT_FORMAT), ...columns.rows.map(() => formats)],
      values,
    },
    limits,
  );
}
