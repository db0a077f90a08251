import type { CellValue, ColumnKind } from './sheet-table';

/**
 * How a value must be written so Excel keeps it. Excel treats a written string like typed input:
 * "=…", "+…", "-…" and "@…" become formulas, "00123" and "2026-01-01" become numbers, and a
 * leading apostrophe is swallowed as the "this is text" prefix.
 *
 * Text columns get the Text format ("@") before their values are written, which keeps every
 * string as typed. Elsewhere a string gets the apostrophe prefix, which Excel strips again.
 */

/** The value to put in `range.values` for a cell of this column kind. */
export function valueForEntry(value: CellValue, kind: ColumnKind): string | number | boolean {
  if (value === null) return '';
  if (kind === 'text') return guardApostrophe(String(value));
  if (typeof value !== 'string') return value;
  return value === '' ? '' : `'${value}`;
}

/** Under the Text format only a leading apostrophe still needs help: Excel would eat it. */
function guardApostrophe(text: string): string {
  return text.startsWith("'") ? `'${text}` : text;
}
