import type { PlanLayout } from '../api/api-types';
import { findChangedRows, type SheetSnapshot, takeSnapshot } from '../excel/sheet-snapshot';
import type { SheetTable } from '../excel/sheet-table';

/**
 * What the plan sheets held at the last pull or submit, per sheet. Which rows changed since is
 * decided by comparing with these, never by counting change events (Excel drops and merges
 * them). Kept for the pane's lifetime; a reopened pane starts without a snapshot.
 */
const snapshots = new Map<string, SheetSnapshot>();

const KEY_COLUMNS = ['planCode', 'ruleCode'];

/** The key headers of a table: plan code, and rule code where the sheet has one. */
function keyHeaders(table: SheetTable, layout: PlanLayout): string[] {
  const names = layout.sheets
    .flatMap((sheet) => sheet.columns)
    .filter((column) => KEY_COLUMNS.includes(column.key))
    .flatMap((column) => column.names);
  return table.header.filter((header) => names.includes(header));
}

export function rememberSheets(tables: SheetTable[], layout: PlanLayout): void {
  for (const table of tables) {
    snapshots.set(table.sheet, takeSnapshot(table, keyHeaders(table, layout)));
  }
}

export interface ChangeCount {
  added: number;
  changed: number;
  removed: number;
}

/** Rows added, changed and removed since the last snapshot; null when there is none. */
export function changesSincePull(tables: SheetTable[]): ChangeCount | null {
  const known = tables.filter((table) => snapshots.has(table.sheet));
  if (known.length === 0) return null;
  const count: ChangeCount = { added: 0, changed: 0, removed: 0 };
  for (const table of known) {
    const changes = findChangedRows(snapshots.get(table.sheet)!, table);
    count.added += changes.added.length;
    count.changed += changes.changed.length;
    count.removed += changes.removed.length;
  }
  return count;
}
