import type { PriceEntry } from '../db/pricing-repository';
import type { Audience } from '../domain/codes';
import { formatMoney, parseMoney, roundMoney } from '../pricing/money';

/**
 * The base unit price of a SKU for an audience on a date, on that audience's tax basis:
 * distributors are priced ex-VAT (invoice price), hospitals VAT-inclusive (SPEC §3.2).
 * `entries` must be sorted by ValidFrom, newest first, so the latest price in force wins.
 */
export function listUnitPrice(
  entries: PriceEntry[],
  sku: string,
  audience: Audience,
  date: string,
): string | null {
  const entry = priceEntryOn(entries, sku, audience, date);
  if (!entry) return null;

  const price = parseMoney(entry.unitPrice);
  const factor = parseMoney(entry.vatRate).plus(1);
  if (audience === 'DISTRIBUTOR' && entry.taxInclusive)
    return formatMoney(roundMoney(price.div(factor)));
  if (audience === 'HOSPITAL' && !entry.taxInclusive)
    return formatMoney(roundMoney(price.times(factor)));
  return formatMoney(price);
}

/** The price-list entry in force for a SKU and audience on a date (entries newest first). */
export function priceEntryOn(
  entries: PriceEntry[],
  sku: string,
  audience: Audience,
  date: string,
): PriceEntry | undefined {
  return entries.find(
    (candidate) =>
      candidate.sku === sku &&
      candidate.audience === audience &&
      candidate.validFrom <= date &&
      (candidate.validTo === null || date <= candidate.validTo),
  );
}
