/**
 * Business dates (SPEC 2, 4): every date comparison in pricing uses the Asia/Shanghai local date
 * of the pricing instant, as an ISO date string ("2026-03-31"), which also sorts correctly as text.
 */
import { DateTime } from 'luxon';

export const BUSINESS_ZONE = 'Asia/Shanghai';

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The Shanghai local date of an instant. An offset in the text is honoured, a date-time without
 * one is already Shanghai time, and a bare date is already a business date. Throws RangeError on
 * text that is not an ISO date or date-time.
 */
export function businessDateOf(instant: string | Date): string {
  // With `zone`, luxon reads text without an offset as Shanghai time and converts the rest to it;
  // a bare date becomes Shanghai midnight, so it stays the same date.
  const parsed =
    typeof instant === 'string'
      ? DateTime.fromISO(instant.trim(), { zone: BUSINESS_ZONE })
      : DateTime.fromJSDate(instant, { zone: BUSINESS_ZONE });
  if (!parsed.isValid) throw new RangeError(`not a date or date-time: ${String(instant)}`);
  return parsed.toISODate() as string;
}

/** The ISO date `days` calendar days after `isoDate` (negative goes back). */
export function addDays(isoDate: string, days: number): string {
  // Calendar arithmetic in UTC: a bare date has no time of day for a zone rule to shift.
  const parsed = DateTime.fromISO(isoDate, { zone: 'UTC' });
  if (!parsed.isValid || !BARE_DATE.test(isoDate)) throw new RangeError(`not a date: ${isoDate}`);
  return parsed.plus({ days }).toISODate() as string;
}
