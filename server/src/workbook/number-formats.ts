/**
 * What a cell's number format says about its number. Literal text ("元", \x, _x, *x) and bracketed
 * parts ([Red], [$¥-804]) are removed first, so only the format's own codes are inspected.
 */

function formatCodes(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[\\_*]./g, '');
}

/** A format that shows the number as a percentage (Excel multiplies by 100 to display it). */
export function isPercentFormat(format: string | undefined): boolean {
  return format !== undefined && formatCodes(format).includes('%');
}

/** A format that shows the number as a date or time (y, m, d, h, s; b for Buddhist years). */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined || /^general$/i.test(format.trim())) return false;
  return /[ymdhsb]/i.test(formatCodes(format));
}
