import type { ColumnKind } from './sheet-table';

/**
 * What `createPlanSheets` builds: sheets of columns with a kind (hence a number format) and,
 * for coded columns, the named list their drop-down offers. The task pane supplies the layout
 * of SPEC §3.2 in the UI language; the adapter knows nothing of plans.
 */
export interface ColumnLayout {
  header: string;
  kind: ColumnKind;
  /** Name of a workbook-scoped named range holding the allowed entries. */
  list?: string;
  /** Lists inside a cell ("A、B") are allowed: the drop-down offers, but does not refuse. */
  multiple?: boolean;
}

export interface SheetLayout {
  sheet: string;
  tableName: string;
  columns: ColumnLayout[];
  /** Rows below the header that get formats and drop-downs ahead of typing. */
  preparedRows: number;
}

export interface MasterLists {
  /** The hidden sheet the lists live on. */
  sheet: string;
  /** Named range name -> its entries, e.g. List_Mechanics -> ["PCT_OFF", …]. */
  lists: Record<string, string[]>;
}
