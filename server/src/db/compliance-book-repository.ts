import type { DeviceClass, Reason } from '../domain/codes';
import type { PlanHeader } from '../domain/plan';
import {
  authorizationFromRecord,
  licenseFromRecord,
  platformListingFromRecord,
  twoInvoiceFromRecord,
  vbpAwardFromRecord,
} from '../master/compliance-records';
import type { ComplianceBook } from '../pricing/guards';
import type { Db, Tx } from './prisma-client';

/**
 * Every validity of the compliance master data in one read, for the guards of SPEC 5. Loaded once
 * per order book or submission (a few tables of master data, not per line), then resolved per
 * line and date in memory by resolveGuardFacts.
 *
 * `planReasons` gives the reason code of every stored version's plan, keyed "PLAN@version" (one row
 * per version, so reading them all is cheap); a submission adds its own plans' reasons.
 */
export async function loadComplianceBook(db: Db | Tx): Promise<ComplianceBook> {
  const [products, prices, listings, awards, licences, authorizations, twoInvoice, versions] =
    await Promise.all([
      db.product.findMany(),
      db.priceListEntry.findMany({ orderBy: { validFrom: 'desc' } }),
      db.platformListing.findMany({ orderBy: [{ sku: 'asc' }, { province: 'asc' }] }),
      db.vbpAward.findMany({ orderBy: [{ sku: 'asc' }, { validFrom: 'asc' }] }),
      db.distributorLicense.findMany({ orderBy: [{ distributor: 'asc' }, { validFrom: 'asc' }] }),
      db.distributorAuthorization.findMany({ orderBy: [{ distributor: 'asc' }, { docNo: 'asc' }] }),
      db.twoInvoiceRule.findMany(),
      db.planVersion.findMany({ include: { plan: true } }),
    ]);
  return {
    products: new Map(
      products.map((product) => [
        product.sku,
        {
          category: product.category,
          deviceClass: product.deviceClass as DeviceClass,
          certValidTo: product.certValidTo,
          standardCost: product.standardCost,
        },
      ]),
    ),
    prices,
    listingsBySku: groupBy(listings.map(platformListingFromRecord), (row) => row.sku),
    awardsBySku: groupBy(awards.map(vbpAwardFromRecord), (row) => row.sku),
    licensesByDistributor: groupBy(licences.map(licenseFromRecord), (row) => row.distributor),
    authorizationsByDistributor: groupBy(
      authorizations.map(authorizationFromRecord),
      (row) => row.distributor,
    ),
    twoInvoice: twoInvoice.map(twoInvoiceFromRecord),
    planReasons: Object.fromEntries(
      versions.map((version) => [
        `${version.plan.code}@${version.version}`,
        (JSON.parse(version.header) as PlanHeader).reason as Reason | null,
      ]),
    ),
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
