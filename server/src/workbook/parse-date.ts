import { DateTime } from 'luxon';
import { asCell, cellText, type CellInput, type Parsed } from './cell-input';
import { civilFromDays, formatCivil, isRealDate, serialToCivil } from './excel-dates';

const BUSINESS_ZONE = 'Asia/Shanghai';
const MS_PER_DAY = 86_400_000;

export interface DateOptions {
  /** The workbook counts serials in the 1904 system (WorkbookTables.date1904). */
  date1904?: boolean;
}

/**
 * An ISO local date "YYYY-MM-DD" from an Excel serial (1900 or 1904 system), a Date (its UTC
 * fields are the wall clock, as the reader makes them), "2026-01-01", "2026/1/1", "2026年1月1日",
 * or a date-time; one with an offset ("…T23:30:00Z") becomes the Asia/Shanghai date of that instant.
 */
export function parseDate(input: CellInput, options: DateOptions = {}): Parsed<string | null> {
  const cell = asCell(input);
  if (cell.error !== undefined) {
    return failed(`The cell shows ${cell.error}: correct the formula or type the date.`);
  }
  const { value } = cell;
  if (value instanceof Date) return fromDate(value);
  if (typeof value === 'number') return fromSerial(value, options.date1904 === true);
  const text = cellText(cell);
  return text === '' ? { ok: true, value: null } : fromText(text);
}

function failed(message: string): Parsed<string | null> {
  return { ok: false, message, code: 'INVALID_DATE' };
}

function fromDate(date: Date): Parsed<string | null> {
  const time = date.getTime();
  if (Number.isNaN(time)) return failed('The cell holds an invalid date: type it as 2026-01-01.');
  return { ok: true, value: formatCivil(civilFromDays(Math.floor(time / MS_PER_DAY))) };
}

function fromSerial(serial: number, date1904: boolean): Parsed<string | null> {
  const result = serialToCivil(serial, date1904);
  if (!result.ok) return failed(`The date ${result.message}: type it as 2026-01-01.`);
  return { ok: true, value: formatCivil(result.date) };
}

const DATE_PART = String.raw`(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})`;
const TIME_PART = String.raw`(?:[T ](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?`;
const DATE_TIME = new RegExp(`^${DATE_PART}${TIME_PART}$`, 'i');
const CHINESE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/;

function fromText(text: string): Parsed<string | null> {
  const match = DATE_TIME.exec(text) ?? CHINESE_DATE.exec(text);
  if (!match) return failed(`"${text}" is not a date: type it as 2026-01-01 or 2026/1/1.`);
  const [year, month, day] = [match[1], match[2], match[3]].map(Number);
  if (!isRealDate(year, month, day)) {
    return failed(`"${text}" is not a real calendar date: check the month and day.`);
  }
  const date = formatCivil({ year, month, day });
  const [time, offset] = [match[4], match[5]];
  if (time === undefined) return { ok: true, value: date };
  return atBusinessZone(text, `${date}T${time.padStart(5, '0')}${offset ?? ''}`);
}

/** A date-time with an offset is an instant: its business date is the Shanghai date. */
function atBusinessZone(text: string, iso: string): Parsed<string | null> {
  const instant = DateTime.fromISO(iso, { zone: BUSINESS_ZONE });
  if (!instant.isValid) return failed(`"${text}" is not a valid date and time: check the time.`);
  return { ok: true, value: instant.toISODate() };
}
