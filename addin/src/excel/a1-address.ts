/**
 * A1 addresses as plain arithmetic. Rows and columns are 0-based indexes here, as in
 * `getRangeByIndexes`; only the text form is 1-based.
 */

export interface GridArea {
  top: number;
  left: number;
  rowCount: number;
  columnCount: number;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export function areaAddress({ top, left, rowCount, columnCount }: GridArea): string {
  const first = cellAddress(top, left);
  if (rowCount === 1 && columnCount === 1) return first;
  return `${first}:${cellAddress(top + rowCount - 1, left + columnCount - 1)}`;
}

/** Sheet names with anything but letters, digits and underscores are quoted, quotes doubled. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet!$A$2:$A$9": absolute, as named ranges and drop-down sources want them. */
export function absoluteAddress(sheet: string, area: GridArea): string {
  const corner = (row: number, column: number) => `$${columnLetters(column)}$${row + 1}`;
  const end = corner(area.top + area.rowCount - 1, area.left + area.columnCount - 1);
  return `${quoteSheetName(sheet)}!${corner(area.top, area.left)}:${end}`;
}

/** Parses "B2", "B2:D9", "$B$2:$D$9" and the same after "Sheet!" or "'My sheet'!". */
export function parseAddress(address: string): { sheet?: string; area: GridArea } | null {
  const match = /^(?:(?:'((?:[^']|'')+)'|([^!']+))!)?([^!]+)$/.exec(address.trim());
  if (!match) return null;
  const sheet = match[1]?.replace(/''/g, "'") ?? match[2];
  const corners = match[3].replace(/\$/g, '').split(':');
  const cells = corners.map((corner) => /^([A-Za-z]{1,3})([1-9][0-9]*)$/.exec(corner));
  if (cells.length > 2 || cells.some((cell) => cell === null)) return null;
  const [first, last = first] = cells as RegExpExecArray[];
  const top = Number(first[2]) - 1;
  const left = columnIndex(first[1]);
  const bottom = Number(last[2]) - 1;
  const right = columnIndex(last[1]);
  const area = {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    rowCount: Math.abs(bottom - top) + 1,
    columnCount: Math.abs(right - left) + 1,
  };
  return sheet === undefined ? { area } : { sheet, area };
}
