import type { CellValue, SheetTable } from './sheet-table';

/**
 * Which rows changed since the last pull, by comparing the sheet with a snapshot taken then.
 * Change events cannot tell: Excel drops and merges them (paste, undo, co-authoring, edits
 * while the pane was closed). Rows are matched by key columns, not position, so sorting or
 * inserting rows changes nothing; cells are compared by header, so moving columns neither.
 */

export interface SheetSnapshot {
  keyColumns: string[];
  /** Row key -> fingerprint of the row's cells (a hash: snapshots are kept in the workbook). */
  rows: Record<string, string>;
}

export interface RowChanges {
  /** Excel row numbers of rows whose key is new. */
  added: number[];
  /** Excel row numbers of rows whose key existed with different cells. */
  changed: number[];
  /** Keys in the snapshot no longer on the sheet. */
  removed: string[];
}

export function takeSnapshot(table: SheetTable, keyColumns: string[]): SheetSnapshot {
  const rows: Record<string, string> = {};
  for (const { key, fingerprint } of keyedRows(table, keyColumns)) rows[key] = fingerprint;
  return { keyColumns, rows };
}

export function findChangedRows(snapshot: SheetSnapshot, table: SheetTable): RowChanges {
  const changes: RowChanges = { added: [], changed: [], removed: [] };
  const seen = new Set<string>();
  for (const { key, fingerprint, row } of keyedRows(table, snapshot.keyColumns)) {
    seen.add(key);
    const before = snapshot.rows[key];
    if (before === undefined) changes.added.push(row);
    else if (before !== fingerprint) changes.changed.push(row);
  }
  changes.removed = Object.keys(snapshot.rows).filter((key) => !seen.has(key));
  return changes;
}

/** Blank rows are skipped; a repeated key gets "#2", "#3" so each occurrence is compared. */
function keyedRows(table: SheetTable, keyColumns: string[]) {
  const keyIndexes = keyColumns.map((name) => table.header.indexOf(name));
  const order = table.header
    .map((name, i) => [name, i] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const counts = new Map<string, number>();

  return table.rows.flatMap((cells, i) => {
    if (cells.every(isBlank)) return [];
    const base = JSON.stringify(keyIndexes.map((k) => (k < 0 ? null : normalise(cells[k]))));
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    const fingerprint = hashText(
      JSON.stringify(order.map(([name, c]) => [name, normalise(cells[c])])),
    );
    return [{ key: n === 1 ? base : `${base}#${n}`, fingerprint, row: table.firstRow + i }];
  });
}

const isBlank = (cell: CellValue | undefined) => cell === null || cell === undefined || cell === '';
const normalise = (cell: CellValue | undefined) => (isBlank(cell) ? null : cell);

/**
 * A 64-bit fingerprint as 16 hex digits: two 32-bit multiplicative hashes over the UTF-16 code
 * units, with different primes and a shift mix in the second. Not cryptographic: it only has to
 * tell a planner's edit from no edit, and it keeps a stored row at a fixed small size whatever
 * the row's text (a cell holds at most 32,767 characters).
 */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
    b ^= b >>> 13;
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}
