import { DEFAULT_LIMITS } from './batch-limits';
import { TEXT_FORMAT } from './number-formats';
import { readArea } from './read-area';
import type { BatchLimits } from './row-batches';
import type { SheetSnapshot } from './sheet-snapshot';
import { valueForEntry } from './text-entry';
import { queueSheetState } from './used-area';
import { writeGrid } from './write-grid';

/**
 * The pull/submit snapshots kept in the workbook itself, on a very hidden sheet, so a reopened
 * pane (or another computer opening the saved file) still compares with the last pull. A sheet,
 * not document settings: settings hold a few megabytes at most and are written whole, while a
 * sheet takes 20,000 rows in the same byte-sized batches as the plan sheets.
 *
 * One row per fact, all text: [sheet, "keys", JSON of the key headers] and [sheet, "row", row
 * key, fingerprint]. The first row carries the format marker and is written last: a save that
 * fails half-way leaves no marker, and a sheet without one reads as "no snapshot", never as a
 * partial one that would report every missing row as removed.
 */

export const SNAPSHOT_SHEET = 'MedPromoSnapshot';
const MARKER = 'medpromo-snapshot/1';
const COLUMNS = 4;

/** Plan sheet name → its snapshot. */
export type StoredSnapshots = Record<string, SheetSnapshot>;

export async function saveSnapshots(
  context: Excel.RequestContext,
  snapshots: StoredSnapshots,
  limits: BatchLimits = DEFAULT_LIMITS,
): Promise<void> {
  const state = queueSheetState(context, SNAPSHOT_SHEET);
  await context.sync();
  const { exists, used } = state.state();
  const sheet = exists ? state.sheet : context.workbook.worksheets.add(SNAPSHOT_SHEET);
  // Very hidden: not offered by Unhide, so nobody edits the comparison base by accident.
  sheet.visibility = 'VeryHidden';
  if (used)
    sheet
      .getRangeByIndexes(0, 0, used.top + used.rowCount, Math.max(COLUMNS, used.columnCount))
      .clear('All');
  await context.sync();

  const values = snapshotRows(snapshots).map((row) =>
    row.map((cell) => valueForEntry(cell, 'text')),
  );
  const formats = values.map((row) => row.map(() => TEXT_FORMAT));
  await writeGrid(
    context,
    sheet,
    { top: 1, left: 0, columnCount: COLUMNS, rowCount: values.length, values, formats },
    limits,
  );
  const marker = sheet.getRangeByIndexes(0, 0, 1, COLUMNS);
  marker.numberFormat = [[TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT]];
  marker.values = [[MARKER, String(values.length), '', '']];
  await context.sync();
}

/** The snapshots saved in the workbook; empty when there are none or the save did not finish. */
export async function loadSnapshots(
  context: Excel.RequestContext,
  limits: BatchLimits = DEFAULT_LIMITS,
): Promise<StoredSnapshots> {
  const state = queueSheetState(context, SNAPSHOT_SHEET);
  await context.sync();
  const { sheet, state: answer } = state;
  const { used } = answer();
  if (!used || used.top !== 0) return {};
  const area = { top: 0, left: 0, rowCount: used.rowCount, columnCount: COLUMNS };
  const values = (await readArea(context, sheet, area, ['values'], limits)).values!;
  const [marker, count] = values[0].map(String);
  if (marker !== MARKER || Number(count) !== values.length - 1) return {};
  return parseRows(values.slice(1).map((row) => row.map(String)));
}

function snapshotRows(snapshots: StoredSnapshots): string[][] {
  return Object.entries(snapshots).flatMap(([sheet, snapshot]) => [
    [sheet, 'keys', JSON.stringify(snapshot.keyColumns), ''],
    ...Object.entries(snapshot.rows).map(([key, fingerprint]) => [sheet, 'row', key, fingerprint]),
  ]);
}

function parseRows(rows: string[][]): StoredSnapshots {
  const snapshots: StoredSnapshots = {};
  for (const [sheet, kind, first, second] of rows) {
    const snapshot = (snapshots[sheet] ??= { keyColumns: [], rows: {} });
    if (kind === 'keys') snapshot.keyColumns = JSON.parse(first) as string[];
    else snapshot.rows[first] = second;
  }
  return snapshots;
}
