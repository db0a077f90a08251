import type { ColumnKind } from './sheet-table';

/** "@" is Excel's Text format: whatever is written to such a cell stays text, never a formula. */
export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

const FORMAT_OF_KIND: Record<ColumnKind, string> = {
  text: TEXT_FORMAT,
  integer: '0',
  number: GENERAL_FORMAT,
  money: '#,##0.00',
  percent: '0.00%',
  date: 'yyyy-mm-dd',
};

export function numberFormatOf(kind: ColumnKind): string {
  return FORMAT_OF_KIND[kind];
}

/**
 * True for formats that show a serial as a date: a y, d or m code outside quotes, brackets and
 * escapes ("[Red]" and "[$-804]" are colours and locales, "m" next to "h" is still a date-time).
 */
export function isDateFormat(format: string): boolean {
  const codes = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[ydm]/i.test(codes) && !/^general$/i.test(codes.trim());
}

export function isPercentFormat(format: string): boolean {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .includes('%');
}
