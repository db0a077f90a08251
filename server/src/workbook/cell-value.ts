import { excelJsDateToSerial, serialToUtcDate } from './excel-dates';
import { isDateFormat, isPercentFormat } from './number-formats';
import type { CellValue } from './read-workbook';

/** The few shapes ExcelJS gives a cell's value (streaming and in-memory readers alike). */
type RawValue = string | number | boolean | Date | null | undefined | Record<string, unknown>;

export interface RawCell {
  value: unknown;
  numFmt?: string;
  /** A formula's cached result; ExcelJS's `value` leaves out a falsy one (0, '', NaN). */
  result?: unknown;
}

const EMPTY: CellValue = { value: null, percent: false };

/**
 * A cell's displayed meaning: rich text flattened, a formula's cached result, a hyperlink's text,
 * an error value as `error`, dates as UTC wall-clock Dates in either date system.
 */
export function toCellValue(cell: RawCell | undefined, date1904: boolean): CellValue {
  if (cell === undefined) return EMPTY;
  const format = cell.numFmt;
  const plain = flatten(withResult(cell));
  if (plain === null) return EMPTY;
  if (typeof plain === 'object' && 'error' in plain) {
    return { value: null, percent: false, error: plain.error };
  }
  if (plain instanceof Date) return fromSerial(excelJsDateToSerial(plain, date1904), date1904);
  if (typeof plain === 'number' && isDateFormat(format)) return fromSerial(plain, date1904);
  return { value: plain, percent: typeof plain === 'number' && isPercentFormat(format) };
}

/**
 * A formula cell's value with its cached result. ExcelJS copies only truthy results into `value`,
 * so 0 and an error (NaN from the streaming reader) would read as an empty cell, and an empty
 * Products or LineCap cell means "all products" or "no cap". `cell.result` keeps them.
 */
function withResult(cell: RawCell): RawValue {
  const value = cell.value as RawValue;
  if (!isFormula(value) || 'result' in (value as object)) return value;
  if (cell.result === undefined) return { error: NOT_CALCULATED };
  return { ...(value as object), result: cell.result };
}

/** Scripts (not Excel) write formulas without a result; we cannot know what the cell shows. */
const NOT_CALCULATED = 'a formula with no saved result (open and save the workbook in Excel)';

function isFormula(value: RawValue): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Date) &&
    ('formula' in value || 'sharedFormula' in value)
  );
}

type Flat = string | number | boolean | Date | null | { error: string };

function flatten(value: RawValue): Flat {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return richTextOf(value.richText);
  if (isFormula(value)) return formulaResult(value.result);
  if ('text' in value) return flatten(value.text as RawValue);
  return null;
}

function richTextOf(runs: unknown): string {
  if (!Array.isArray(runs)) return '';
  return runs
    .map((run: { text?: unknown }) => (typeof run?.text === 'string' ? run.text : ''))
    .join('');
}

/**
 * The streaming reader parses every cached result that is not a string as a float, so an error
 * result arrives as NaN (its code lost) and a boolean as 1 or 0.
 */
function formulaResult(result: unknown): Flat {
  if (typeof result === 'number' && Number.isNaN(result)) return { error: 'a formula error' };
  return flatten(result as RawValue);
}

/** Our own conversion, exact in both systems; an impossible serial stays a number for the parser. */
function fromSerial(serial: number, date1904: boolean): CellValue {
  const date = serialToUtcDate(serial, date1904);
  return typeof date === 'string'
    ? { value: serial, percent: false }
    : { value: date, percent: false };
}
