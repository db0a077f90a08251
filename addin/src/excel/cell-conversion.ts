import { isDateFormat, isPercentFormat } from './number-formats';
import { type DateSystem, isoToSerial, serialToIso } from './serial-dates';
import type { CellValue, ColumnKind } from './sheet-table';
import { valueForEntry } from './text-entry';

/**
 * Cells between Excel's representation and the wire's. Read: a number under a date format is
 * an ISO date, under a percent format "10.5%" (the fraction Excel stores, as the planner typed
 * it). Write: the reverse, then the text guards of `valueForEntry`.
 */

export function cellFromExcel(
  value: unknown,
  format: string | undefined,
  system: DateSystem,
): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value !== 'number' || format === undefined) return value as CellValue;
  if (isDateFormat(format)) return serialToIso(value, system) ?? value;
  if (isPercentFormat(format)) return percentText(value);
  return value;
}

/** 0.105 -> "10.5%": 15 significant digits, as Excel shows, so binary noise never shows. */
export function percentText(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(15))}%`;
}

export function cellToExcel(
  value: CellValue,
  kind: ColumnKind,
  system: DateSystem,
): string | number | boolean {
  if (typeof value === 'string' && kind === 'date') {
    const serial = isoToSerial(value, system);
    if (serial !== null) return serial;
  }
  if (typeof value === 'string' && kind === 'percent') {
    const match = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
    if (match) return Number((Number(match[1]) / 100).toPrecision(15));
  }
  return valueForEntry(value, kind);
}
