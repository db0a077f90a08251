/**
 * The compliance facts of one line on its date, resolved from a book of all validities loaded
 * once per order book or submission. Pure, so price time and submit time resolve them alike.
 */
import type { Audience, Ownership, Reason } from '../../domain/codes';
import type {
  AuthorizationRow,
  LicenseRow,
  PlatformListingRow,
  TwoInvoiceRow,
  VbpAwardRow,
} from '../../master/master-workbook';
import { parseMoney } from '../money';
import type { PricingLine } from '../types';
import { isValidOn } from './guard-helpers';
import type { GuardFacts, GuardProduct } from './types';

export interface PriceVat {
  sku: string;
  audience: string;
  vatRate: string;
  validFrom: string;
  validTo: string | null;
}

/** Every validity of the compliance master data, indexed by what a line looks it up by. */
export interface ComplianceBook {
  products: ReadonlyMap<string, GuardProduct>;
  /** Newest ValidFrom first, like the pricing master's price list. */
  prices: readonly PriceVat[];
  listingsBySku: ReadonlyMap<string, readonly PlatformListingRow[]>;
  awardsBySku: ReadonlyMap<string, readonly VbpAwardRow[]>;
  licensesByDistributor: ReadonlyMap<string, readonly LicenseRow[]>;
  authorizationsByDistributor: ReadonlyMap<string, readonly AuthorizationRow[]>;
  twoInvoice: readonly TwoInvoiceRow[];
  planReasons: Readonly<Record<string, Reason | null>>;
}

const DEFAULT_VAT = '0.13';
const NONE: readonly never[] = [];

/** The facts of a line the engine priced; undefined when the product is not in the book. */
export function resolveGuardFacts(
  book: ComplianceBook,
  line: PricingLine,
  date: string,
): GuardFacts | undefined {
  const product = book.products.get(line.sku);
  if (!product) return undefined;
  const listings = (book.listingsBySku.get(line.sku) ?? NONE).filter((row) => isValidOn(row, date));
  const distributor = line.distributor;
  return {
    date,
    product,
    vatRate: vatRateOf(book.prices, line.sku, line.audience, date),
    listedPrice: listings.find((row) => row.province === line.province)?.listedPrice ?? null,
    lowestListing: lowest(listings),
    vbpAward: awardOf(book, line, date),
    licenses:
      distributor === null ? [] : [...(book.licensesByDistributor.get(distributor) ?? NONE)],
    authorizations: (distributor === null
      ? NONE
      : (book.authorizationsByDistributor.get(distributor) ?? NONE)
    ).filter((row) => isValidOn(row, date)),
    twoInvoice: twoInvoiceApplies(book.twoInvoice, line, product, date),
    planReasons: book.planReasons,
  };
}

function vatRateOf(prices: readonly PriceVat[], sku: string, audience: Audience, date: string) {
  const entry = prices.find(
    (price) => price.sku === sku && price.audience === audience && isValidOn(price, date),
  );
  return entry?.vatRate ?? DEFAULT_VAT;
}

function lowest(listings: readonly PlatformListingRow[]): GuardFacts['lowestListing'] {
  let best: PlatformListingRow | undefined;
  for (const row of listings) {
    if (!best || parseMoney(row.listedPrice).lt(parseMoney(best.listedPrice))) best = row;
  }
  return best ? { province: best.province, price: best.listedPrice } : null;
}

function awardOf(book: ComplianceBook, line: PricingLine, date: string): GuardFacts['vbpAward'] {
  if (line.province === null) return null;
  const award = (book.awardsBySku.get(line.sku) ?? NONE).find(
    (row) => isValidOn(row, date) && row.provinces.includes(line.province!),
  );
  return award ? { program: award.program, selectedPrice: award.selectedPrice } : null;
}

/** The line's hospital ownership follows its channel (the engine sets it from the hospital). */
function twoInvoiceApplies(
  rules: readonly TwoInvoiceRow[],
  line: PricingLine,
  product: GuardProduct,
  date: string,
): boolean {
  const ownership: Ownership | null =
    line.channel === 'PUBLIC_HOSPITAL'
      ? 'PUBLIC'
      : line.channel === 'PRIVATE_HOSPITAL'
        ? 'PRIVATE'
        : null;
  if (ownership === null || line.province === null) return false;
  return rules.some(
    (rule) =>
      rule.province === line.province &&
      rule.ownership === ownership &&
      rule.deviceClass === product.deviceClass &&
      isValidOn(rule, date),
  );
}
