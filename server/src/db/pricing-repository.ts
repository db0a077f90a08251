import type { PlanHeader, RuleSpec } from '../domain/plan';
import type { EngineRule } from '../pricing/types';
import type { Db } from './prisma-client';

/** Versions that price live orders: the latest version of each plan (until approvals, issue 4). */
export async function findVersionsInForce(
  db: Db,
): Promise<{ id: number; planCode: string; version: number }[]> {
  const plans = await db.plan.findMany({
    include: { versions: { orderBy: { version: 'desc' }, take: 1 } },
    orderBy: { code: 'asc' },
  });
  return plans.flatMap((plan) =>
    plan.versions.map((version) => ({
      id: version.id,
      planCode: plan.code,
      version: version.version,
    })),
  );
}

/** The rules of the given versions, each carrying its version number and its plan's dates. */
export async function loadEngineRules(db: Db, versionIds: number[]): Promise<EngineRule[]> {
  const versions = await db.planVersion.findMany({ where: { id: { in: versionIds } } });
  const rules: EngineRule[] = [];
  for (const version of versions) {
    const header = JSON.parse(version.header) as PlanHeader;
    const rows = await db.rule.findMany({
      where: { versionId: version.id },
      orderBy: { id: 'asc' },
    });
    for (const row of rows) {
      const spec = JSON.parse(row.data) as RuleSpec;
      rules.push({
        ...spec,
        version: version.version,
        planStart: header.start,
        planEnd: header.end,
      });
    }
  }
  return rules;
}

export async function loadPricingMaster(db: Db) {
  const [products, hospitals, distributors, prices] = await Promise.all([
    db.product.findMany(),
    db.hospital.findMany(),
    db.distributor.findMany(),
    db.priceListEntry.findMany({ orderBy: { validFrom: 'desc' } }),
  ]);
  return {
    products: new Map(products.map((product) => [product.sku, product])),
    hospitals: new Map(hospitals.map((hospital) => [hospital.code, hospital])),
    distributors: new Map(distributors.map((distributor) => [distributor.code, distributor])),
    prices,
  };
}

export type PricingMaster = Awaited<ReturnType<typeof loadPricingMaster>>;
export type PriceEntry = PricingMaster['prices'][number];
