import { DateTime } from 'luxon';

import { asCell, type CellInput, parseDate, type Parsed } from '../../workbook/cell-parsers';
import { serialToUtcDate } from '../../workbook/excel-dates';

const BUSINESS_ZONE = 'Asia/Shanghai';
const DATE_TIME =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * A pricing date: a date stays a date (that Shanghai day); a date and time becomes an ISO instant
 * with its offset, where a time typed without an offset, or an Excel date-time cell, is Shanghai
 * wall-clock time. The instant is kept because the budget and audit record when a line was priced.
 */
export function parsePricingDate(input: CellInput, date1904: boolean): Parsed<string | null> {
  const cell = asCell(input);
  const { value } = cell;
  if (cell.error === undefined) {
    if (value instanceof Date && hasTimeOfDay(value)) return fromWallClock(value);
    if (typeof value === 'number' && !Number.isInteger(value)) {
      const wallClock = serialToUtcDate(value, date1904);
      if (typeof wallClock !== 'string') return fromWallClock(wallClock);
    }
    if (typeof value === 'string') {
      const match = DATE_TIME.exec(value.normalize('NFKC').trim());
      if (match) return fromText(value, match);
    }
  }
  return parseDate(input, { date1904 });
}

function hasTimeOfDay(date: Date): boolean {
  return date.getTime() % 86_400_000 !== 0;
}

/** A UTC Date whose fields are Shanghai wall-clock time, as the reader makes Excel date-times. */
function fromWallClock(date: Date): Parsed<string | null> {
  const instant = DateTime.fromObject(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
    },
    { zone: BUSINESS_ZONE },
  );
  return { ok: true, value: instant.toISO({ suppressMilliseconds: true }) ?? '' };
}

function fromText(text: string, match: RegExpExecArray): Parsed<string | null> {
  const [, year, month, day, hour, minute, second, fraction, offset] = match;
  const pad = (part: string | undefined) => (part ?? '0').padStart(2, '0');
  const iso = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${minute}:${pad(second)}${fraction ?? ''}${offset ?? ''}`;
  // setZone keeps a typed offset; a time without one is read in the business zone.
  const instant = DateTime.fromISO(iso, { zone: BUSINESS_ZONE, setZone: true });
  if (!instant.isValid) {
    return {
      ok: false,
      code: 'INVALID_DATE',
      message: `"${text}" is not a valid date and time: type it as 2026-12-10 or 2026-12-10 10:30.`,
    };
  }
  return { ok: true, value: instant.toISO({ suppressMilliseconds: true }) ?? '' };
}
