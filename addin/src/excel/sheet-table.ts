/**
 * The shapes that cross between the adapters and the rest of the task pane. Dates travel as ISO
 * strings ("2026-01-01"), never as serials or `Date`s; percentages as text ("10.5%").
 */

export type CellValue = string | number | boolean | null;

/** How a column is written and read: its number format and how its cells are converted. */
export type ColumnKind = 'text' | 'integer' | 'number' | 'money' | 'percent' | 'date';

export interface SheetTable {
  sheet: string;
  header: string[];
  /** One array per data row, as long as the header. */
  rows: CellValue[][];
  /** 1-based Excel row number of rows[0]; rows[i] is Excel row firstRow + i. */
  firstRow: number;
  /** 0-based index of the sheet column that holds header[0]. */
  firstColumn: number;
}

/** A table to write: the header, the kind of each column and the rows. */
export interface TableToWrite {
  sheet: string;
  header: string[];
  kinds: ColumnKind[];
  rows: CellValue[][];
}
