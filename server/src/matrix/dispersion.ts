/**
 * Dispersion of one SKU's net price across provinces (统一口径): within one comparison group
 * (audience, SKU, channel, grade, tier) the lowest and highest net unit price and the spread,
 * defined as (max − min) / min, in percent: how much more the dearest province pays than the
 * cheapest. It is the max/min ratio minus one, which reads directly against a tolerance ("no
 * province pays more than 5% above another"); a coefficient of variation would hide one outlier
 * province among many equal ones.
 */
import { Decimal } from '../pricing/money';

export interface ProvincePrice {
  province: string;
  net: Decimal | null;
}

export interface Dispersion {
  /** Distinct provinces with a price. */
  provinces: number;
  min: Decimal | null;
  minProvince: string | null;
  max: Decimal | null;
  maxProvince: string | null;
  /** Percent, 2 decimals half-up; null without prices, or when the cheapest price is zero. */
  spreadPct: Decimal | null;
}

/** The default tolerance: a spread above 5% is flagged. */
export const DEFAULT_TOLERANCE_PCT = '5';

export function measureDispersion(prices: readonly ProvincePrice[]): Dispersion {
  let min: ProvincePrice | null = null;
  let max: ProvincePrice | null = null;
  const provinces = new Set<string>();
  for (const price of prices) {
    if (price.net === null) continue;
    provinces.add(price.province);
    if (min === null || price.net.lt(min.net!)) min = price;
    if (max === null || price.net.gt(max.net!)) max = price;
  }
  return {
    provinces: provinces.size,
    min: min?.net ?? null,
    minProvince: min?.province ?? null,
    max: max?.net ?? null,
    maxProvince: max?.province ?? null,
    spreadPct: min && max ? percentAbove(max.net!, min.net!) : null,
  };
}

/** (value − base) / base in percent, 2 decimals half-up; null when the base is zero. */
export function percentAbove(value: Decimal, base: Decimal): Decimal | null {
  if (base.isZero()) return null;
  return value.minus(base).dividedBy(base).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * Beyond tolerance: the spread is strictly above it, or the cheapest province pays nothing while
 * another pays something (an infinite spread).
 */
export function isBeyondTolerance(dispersion: Dispersion, tolerancePct: Decimal): boolean {
  if (dispersion.min === null || dispersion.max === null) return false;
  if (dispersion.spreadPct === null) return dispersion.max.gt(dispersion.min);
  return dispersion.spreadPct.gt(tolerancePct);
}
