import Decimal from 'decimal.js';
import type { CellValue } from './read-workbook';

/**
 * What a cell parser returns: the typed value, or a message saying what would fix the cell and a
 * stable code for the kind of problem (NOT_A_NUMBER, OUT_OF_RANGE, UNKNOWN_CODE, …).
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; code?: string };
export type CellInput = CellValue | CellValue['value'] | undefined;

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}
export function fail<T>(message: string, code?: string): Parsed<T> {
  return code === undefined ? { ok: false, message } : { ok: false, message, code };
}

/** The cell as a CellValue (plain values have no percent format). */
export function asCell(input: CellInput): CellValue {
  if (input === undefined || input === null) return { value: null, percent: false };
  if (typeof input === 'object' && !(input instanceof Date)) return input;
  return { value: input, percent: false };
}

/**
 * The cell's text after NFKC, without invisible characters, trimmed; '' when empty. Numbers keep
 * Excel's 15 digits.
 */
export function cellText(cell: CellValue): string {
  const { value } = cell;
  if (value === null) return '';
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value.normalize('NFKC').replace(INVISIBLE, '').trim();
}

/**
 * Zero-width spaces and joiners, word joiners and stray byte-order marks: text copied from web
 * pages and chat apps carries them, and a code holding one looks right but matches nothing.
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Whole numbers print exactly; other numbers go through `decimalOf`. */
function numberText(value: number): string {
  return Number.isSafeInteger(value) ? String(value) : decimalOf(value).toFixed();
}

/** Excel keeps 15 significant digits; beyond them a float's digits are noise (0.1 + 0.2). */
export function decimalOf(value: number): Decimal {
  return new Decimal(value.toPrecision(15));
}
