/**
 * Which licences let a distributor trade a product: a Class III device needs a 经营许可证, a
 * Class II device a 经营备案, whose scope names the product's category; Class I needs neither.
 */
import type { DeviceClass } from '../../domain/codes';
import type { LicenseKind, LicenseRow } from '../../master/master-workbook';
import { isValidOn } from './guard-helpers';

export const KIND_FOR_CLASS: Readonly<Record<DeviceClass, LicenseKind | null>> = {
  I: null,
  II: 'FILING_II',
  III: 'LICENSE_III',
};

export const KIND_NAME: Readonly<Record<LicenseKind, string>> = {
  LICENSE_III: '经营许可证 (Class III licence)',
  FILING_II: '经营备案 (Class II filing)',
};

export function coveringLicences(
  licences: readonly LicenseRow[],
  kind: LicenseKind,
  category: string,
): LicenseRow[] {
  return licences.filter((licence) => licence.kind === kind && licence.scope.includes(category));
}

/**
 * `days` calendar days after an ISO date. Plain UTC arithmetic: this runs for every licence on
 * every guarded line, and a calendar date has no zone for luxon to mind.
 */
export function plusDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * The last day the covering licences hold without a gap, starting on `date` (a renewal that starts
 * the day after an expiry continues it); null when they never end, undefined when none holds on
 * the date.
 */
export function coveredUntil(
  covering: readonly LicenseRow[],
  date: string,
): string | null | undefined {
  if (!covering.some((licence) => isValidOn(licence, date))) return undefined;
  let end = date;
  for (;;) {
    const day = plusDays(end, 1);
    const next = covering.filter((licence) => isValidOn(licence, end) || isValidOn(licence, day));
    if (next.some((licence) => licence.validTo === null)) return null;
    const furthest = next.reduce(
      (max, licence) => (licence.validTo! > max ? licence.validTo! : max),
      end,
    );
    if (furthest === end) return end;
    end = furthest;
  }
}
