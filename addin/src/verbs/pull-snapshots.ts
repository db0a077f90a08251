import type { PlanLayout } from '../api/api-types';
import { findChangedRows, takeSnapshot } from '../excel/sheet-snapshot';
import { loadSnapshots, saveSnapshots, type StoredSnapshots } from '../excel/snapshot-sheet';
import type { SheetTable } from '../excel/sheet-table';

/**
 * What the plan sheets held at the last pull or submit, per sheet. Which rows changed since is
 * decided by comparing with these, never by counting change events (Excel drops and merges
 * them). Kept in the workbook (see snapshot-sheet), so closing and reopening the pane, or the
 * file, still compares with the last pull.
 */

const KEY_COLUMNS = ['planCode', 'ruleCode'];

/** The key headers of a table: plan code, and rule code where the sheet has one. */
function keyHeaders(table: SheetTable, layout: PlanLayout): string[] {
  const names = layout.sheets
    .flatMap((sheet) => sheet.columns)
    .filter((column) => KEY_COLUMNS.includes(column.key))
    .flatMap((column) => column.names);
  return table.header.filter((header) => names.includes(header));
}

/**
 * Replaces the stored snapshots with these tables as they stand. False when the save failed:
 * the pull or submit itself succeeded and is not undone for its bookkeeping, and a failed save
 * leaves no snapshot, so the next Submit says "unknown" rather than counting wrongly.
 */
export async function rememberSheets(
  context: Excel.RequestContext,
  tables: SheetTable[],
  layout: PlanLayout,
): Promise<boolean> {
  const snapshots: StoredSnapshots = {};
  for (const table of tables)
    snapshots[table.sheet] = takeSnapshot(table, keyHeaders(table, layout));
  try {
    await saveSnapshots(context, snapshots);
    return true;
  } catch (error) {
    console.error('The pull snapshot could not be saved in the workbook', error);
    return false;
  }
}

export interface ChangeCount {
  added: number;
  changed: number;
  removed: number;
}

/**
 * Rows added, changed and removed since the stored snapshot; null when there is none or it cannot
 * be read.
 */
export async function changesSincePull(
  context: Excel.RequestContext,
  tables: SheetTable[],
): Promise<ChangeCount | null> {
  const snapshots = await loadSnapshots(context).catch((error: unknown) => {
    // Unknown is honest; a submit is not refused because its bookkeeping cannot be read.
    console.error('The pull snapshot could not be read from the workbook', error);
    return {} as StoredSnapshots;
  });
  const known = tables.filter((table) => snapshots[table.sheet] !== undefined);
  if (known.length === 0) return null;
  const count: ChangeCount = { added: 0, changed: 0, removed: 0 };
  for (const table of known) {
    const changes = findChangedRows(snapshots[table.sheet], table);
    count.added += changes.added.length;
    count.changed += changes.changed.length;
    count.removed += changes.removed.length;
  }
  return count;
}
