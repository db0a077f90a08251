/**
 * Excel serial dates <-> ISO wall-clock strings, in integer arithmetic only. A serial is a
 * calendar date (plus a fraction for the time of day) with no time zone, so nothing here touches
 * `Date`, whose local-time methods would shift the day with the machine's zone.
 *
 * 1900 system: serial 1 is 1900-01-01 and serial 60 is 1900-02-29, a day that never existed
 * (kept from Lotus 1-2-3). 1904 system: serial 0 is 1904-01-01.
 */

export type DateSystem = '1900' | '1904';

const MS_PER_DAY = 86_400_000;
/** Days from 1970-01-01 to serial 0 of each system, counted backwards (1899-12-30, 1904-01-01). */
const UNIX_EPOCH_SERIAL = { '1900': 25_569, '1904': 24_107 } as const;
const PHANTOM_LEAP_DAY = 60;
const LAST_DAY = daysFromCivil(9999, 12, 31);

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The inverse of `daysFromCivil`. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
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
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 of a whole serial, or null when the serial names no real day. */
function serialToUnixDays(whole: number, system: DateSystem): number | null {
  if (system === '1904') return whole < 0 ? null : whole - UNIX_EPOCH_SERIAL['1904'];
  if (whole < 1 || whole === PHANTOM_LEAP_DAY) return null;
  // Before the phantom day the 1900 system runs one day ahead of the calendar.
  return whole - UNIX_EPOCH_SERIAL['1900'] + (whole < PHANTOM_LEAP_DAY ? 1 : 0);
}

function unixDaysToSerial(days: number, system: DateSystem): number {
  const serial = days + UNIX_EPOCH_SERIAL[system];
  return system === '1900' && serial <= PHANTOM_LEAP_DAY ? serial - 1 : serial;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * "YYYY-MM-DD", or "YYYY-MM-DDTHH:mm:ss[.sss]" when the serial has a time of day. Null for
 * serials that are no date: serial 60 of the 1900 system, serials before the epoch or after 9999.
 */
export function serialToIso(serial: number, system: DateSystem): string | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  const days = serialToUnixDays(whole, system);
  if (days === null || days > LAST_DAY) return null;
  const { year, month, day } = civilFromDays(days);
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

  // The fraction is the only float: round it once to whole milliseconds, never into the next day.
  const ms = Math.min(Math.round((serial - whole) * MS_PER_DAY), MS_PER_DAY - 1);
  if (ms === 0) return date;
  const seconds = Math.floor(ms / 1000);
  const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return ms % 1000 === 0 ? `${date}T${time}` : `${date}T${time}.${pad(ms % 1000, 3)}`;
}

const ISO_WALL_CLOCK =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/;

/**
 * The serial of an ISO date or wall-clock date-time. Null for anything else, including strings
 * with an offset: a serial has no zone, so an instant would first need the business time zone.
 */
export function isoToSerial(iso: string, system: DateSystem): number | null {
  const match = ISO_WALL_CLOCK.exec(iso.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((part) => (part === undefined ? 0 : Number(part)));
  const ms = match[7] === undefined ? 0 : Number(match[7].padEnd(3, '0'));
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;

  const serial = unixDaysToSerial(daysFromCivil(year, month, day), system);
  if (serial < (system === '1900' ? 1 : 0)) return null;
  const msOfDay = ((hour * 60 + minute) * 60 + second) * 1000 + ms;
  return msOfDay === 0 ? serial : serial + msOfDay / MS_PER_DAY;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= lengths[month - 1];
}
