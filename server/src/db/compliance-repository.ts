import {
  authorizationFromRecord,
  inventoryFromRecord,
  licenseFromRecord,
  platformListingFromRecord,
  twoInvoiceFromRecord,
  vbpAwardFromRecord,
} from '../master/compliance-records';
import type {
  AuthorizationRow,
  InventoryRow,
  LicenseRow,
  PlatformListingRow,
  TwoInvoiceRow,
  VbpAwardRow,
} from '../master/master-workbook';
import type { Db } from './prisma-client';

/**
 * Read-only access to the compliance master data (SPEC 3.1) for the guards of SPEC 5. Each
 * function returns the facts valid on `date` (an ISO local date; ValidFrom and ValidTo are both
 * inclusive, a null ValidTo runs forever), typed as the master workbook parses them. A filter left
 * out means "all"; an empty list matches nothing.
 */
export interface ComplianceQuery {
  date: string;
  skus?: readonly string[];
  distributors?: readonly string[];
  provinces?: readonly string[];
}

export interface ComplianceFacts {
  licenses: LicenseRow[];
  authorizations: AuthorizationRow[];
  platformListings: PlatformListingRow[];
  vbpAwards: VbpAwardRow[];
  inventory: InventoryRow[];
  twoInvoice: TwoInvoiceRow[];
}

/** Everything the guards need for one pricing date, in one call. */
export async function loadComplianceFacts(
  db: Db,
  query: ComplianceQuery,
): Promise<ComplianceFacts> {
  return {
    licenses: await loadLicenses(db, query),
    authorizations: await loadAuthorizations(db, query),
    platformListings: await loadPlatformListings(db, query),
    vbpAwards: await loadVbpAwards(db, query),
    inventory: await loadInventory(db, query),
    twoInvoice: await loadTwoInvoiceRules(db, query),
  };
}

/** Licences and filings of the distributors valid on the date (LICENSE_INVALID, LICENSE_EXPIRING). */
export async function loadLicenses(db: Db, query: ComplianceQuery): Promise<LicenseRow[]> {
  const records = await db.distributorLicense.findMany({
    where: { ...validOn(query.date), ...oneOf('distributor', query.distributors) },
    orderBy: [{ distributor: 'asc' }, { kind: 'asc' }, { number: 'asc' }, { validFrom: 'asc' }],
  });
  return records.map(licenseFromRecord);
}

/** Authorisations of the distributors valid on the date (NOT_AUTHORIZED). */
export async function loadAuthorizations(
  db: Db,
  query: ComplianceQuery,
): Promise<AuthorizationRow[]> {
  const records = await db.distributorAuthorization.findMany({
    where: { ...validOn(query.date), ...oneOf('distributor', query.distributors) },
    orderBy: [{ distributor: 'asc' }, { docNo: 'asc' }],
  });
  return records.map(authorizationFromRecord);
}

/**
 * Listings of the SKUs in the provinces valid on the date (PLATFORM_CAP, PLATFORM_UNLISTED); leave
 * `provinces` out for every province's listing, as PRICE_LINKAGE needs.
 */
export async function loadPlatformListings(
  db: Db,
  query: ComplianceQuery,
): Promise<PlatformListingRow[]> {
  const records = await db.platformListing.findMany({
    where: {
      ...validOn(query.date),
      ...oneOf('sku', query.skus),
      ...oneOf('province', query.provinces),
    },
    orderBy: [{ sku: 'asc' }, { province: 'asc' }, { validFrom: 'asc' }],
  });
  return records.map(platformListingFromRecord);
}

/** Awards of the SKUs valid on the date that cover at least one of the provinces (VBP_LOCKED). */
export async function loadVbpAwards(db: Db, query: ComplianceQuery): Promise<VbpAwardRow[]> {
  const records = await db.vbpAward.findMany({
    where: { ...validOn(query.date), ...oneOf('sku', query.skus) },
    orderBy: [{ sku: 'asc' }, { program: 'asc' }, { validFrom: 'asc' }],
  });
  // Provinces are a JSON list (see the schema), filtered here rather than in SQL.
  const wanted = query.provinces && new Set(query.provinces);
  return records
    .map(vbpAwardFromRecord)
    .filter((award) => !wanted || award.provinces.some((province) => wanted.has(province)));
}

/** Each lot's latest count on or before the date (lots expiring soon, channel inventory). */
export async function loadInventory(db: Db, query: ComplianceQuery): Promise<InventoryRow[]> {
  const records = await db.inventoryLot.findMany({
    where: { asOf: { lte: query.date }, ...oneOf('sku', query.skus) },
    orderBy: [{ sku: 'asc' }, { lot: 'asc' }, { asOf: 'desc' }],
  });
  const latest = new Map<string, InventoryRow>();
  for (const record of records) {
    const key = `${record.sku}\u0000${record.lot}`;
    if (!latest.has(key)) latest.set(key, inventoryFromRecord(record));
  }
  return [...latest.values()];
}

/** Two-invoice rules of the provinces valid on the date (TWO_INVOICE). */
export async function loadTwoInvoiceRules(
  db: Db,
  query: ComplianceQuery,
): Promise<TwoInvoiceRow[]> {
  const records = await db.twoInvoiceRule.findMany({
    where: { ...validOn(query.date), ...oneOf('province', query.provinces) },
    orderBy: [{ province: 'asc' }, { ownership: 'asc' }, { deviceClass: 'asc' }],
  });
  return records.map(twoInvoiceFromRecord);
}

/** ISO dates compare as strings: from on or before the date, to (if any) on or after it. */
function validOn(date: string) {
  return {
    validFrom: { lte: date },
    OR: [{ validTo: null }, { validTo: { gte: date } }],
  };
}

function oneOf<K extends string>(field: K, values: readonly string[] | undefined) {
  return values === undefined
    ? {}
    : ({ [field]: { in: [...values] } } as Record<K, { in: string[] }>);
}
