/**
 * Excel serial dates in integer arithmetic. Excel's 1900 system counts 1900-01-01 as serial 1 and
 * keeps Lotus 1-2-3's phantom 1900-02-29 as serial 60; the 1904 system counts 1904-01-01 as 0.
 * Nothing here goes through a time zone: a serial is a wall-clock date, not an instant.
 */

const MS_PER_DAY = 86_400_000;
/** Days from 1970-01-01 back to serial 0 of each system (1899-12-30 and 1904-01-01). */
const EPOCH_1900_OFFSET = 25_569;
const EPOCH_1904_OFFSET = 24_107;
/** Serial of 9999-12-31 in the 1900 system, Excel's last date. */
const MAX_SERIAL_1900 = 2_958_465;
const PHANTOM_LEAP_DAY = 60;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export type SerialResult = { ok: true; date: CivilDate } | { ok: false; message: string };

/** The calendar date of an Excel serial (fractions, the time of day, are dropped). */
export function serialToCivil(serial: number, date1904: boolean): SerialResult {
  if (!Number.isFinite(serial)) return { ok: false, message: 'is not a date' };
  const whole = Math.floor(serial);
  const days = serialToEpochDays(whole, date1904);
  if (typeof days === 'string') return { ok: false, message: days };
  return { ok: true, date: civilFromDays(days) };
}

/** Days since 1970-01-01 for a whole serial, or why the serial is no date. */
export function serialToEpochDays(whole: number, date1904: boolean): number | string {
  const first = date1904 ? 0 : 1;
  const last = date1904 ? MAX_SERIAL_1900 - 1462 : MAX_SERIAL_1900;
  if (whole < first || whole > last) {
    return `serial ${whole} is outside Excel's dates`;
  }
  if (date1904) return whole - EPOCH_1904_OFFSET;
  if (whole === PHANTOM_LEAP_DAY) return 'serial 60 is 1900-02-29, a day that never existed';
  // Before the phantom day the 1900 system is one day ahead of the real calendar.
  return whole < PHANTOM_LEAP_DAY ? whole - EPOCH_1900_OFFSET + 1 : whole - EPOCH_1900_OFFSET;
}

/** Proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's algorithm). */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** True when year-month-day is a real Gregorian date. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= lengths[month - 1];
}

/** "YYYY-MM-DD". */
export function formatCivil({ year, month, day }: CivilDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** A Date at UTC midnight of the serial's day plus its time of day: the wall clock, kept in UTC. */
export function serialToUtcDate(serial: number, date1904: boolean): Date | string {
  const whole = Math.floor(serial);
  const days = serialToEpochDays(whole, date1904);
  if (typeof days === 'string') return days;
  // Rounding to the millisecond must not carry 23:59:59.9999 over into the next day.
  const timeOfDay = Math.min(Math.round((serial - whole) * MS_PER_DAY), MS_PER_DAY - 1);
  return new Date(days * MS_PER_DAY + timeOfDay);
}

/**
 * The serial ExcelJS read, recovered from the Date it made: ExcelJS converts with plain float
 * arithmetic (one day off before 1900-03-01), so we undo its conversion exactly and redo ours.
 */
export function excelJsDateToSerial(date: Date, date1904: boolean): number {
  const offset = date1904 ? EPOCH_1904_OFFSET : EPOCH_1900_OFFSET;
  return date.getTime() / MS_PER_DAY + offset;
}
