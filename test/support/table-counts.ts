import type { Db } from '../../server/src/db/prisma-client';

/** Row counts of every table, to show that a refused request changed nothing. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  return {
    products: await db.product.count(),
    priceListEntries: await db.priceListEntry.count(),
    hospitals: await db.hospital.count(),
    distributors: await db.distributor.count(),
    plans: await db.plan.count(),
    planVersions: await db.planVersion.count(),
    rules: await db.rule.count(),
    auditEvents: await db.auditEvent.count(),
  };
}
