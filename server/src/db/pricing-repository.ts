import type { PlanHeader, RuleSpec } from '../domain/plan';
import type { EngineRule } from '../pricing/types';
import type { Db, Tx } from './prisma-client';

export interface VersionRef {
  id: number;
  planCode: string;
  version: number;
}

export interface ApprovedVersion extends VersionRef {
  effectiveFrom: string;
}

/** Every approved version, with the first date it prices live orders. */
export async function findApprovedVersions(db: Db | Tx): Promise<ApprovedVersion[]> {
  const rows = await db.planVersion.findMany({
    where: { status: 'APPROVED' },
    include: { plan: true },
  });
  return rows.map((row) => ({
    id: row.id,
    planCode: row.plan.code,
    version: row.version,
    effectiveFrom: row.effectiveFrom || (JSON.parse(row.header) as PlanHeader).start,
  }));
}

/**
 * The versions in force on a date (SPEC §8): per plan, the approved version whose effective date
 * is the latest on or before that date; a later version supersedes an earlier one from its
 * effective date on, and orders priced before it keep the earlier one.
 */
export function versionsInForceOn(approved: ApprovedVersion[], date: string): ApprovedVersion[] {
  const byPlan = new Map<string, ApprovedVersion>();
  for (const candidate of approved) {
    if (candidate.effectiveFrom > date) continue;
    const current = byPlan.get(candidate.planCode);
    const later =
      !current ||
      candidate.effectiveFrom > current.effectiveFrom ||
      (candidate.effectiveFrom === current.effectiveFrom && candidate.version > current.version);
    if (later) byPlan.set(candidate.planCode, candidate);
  }
  return [...byPlan.values()].sort((a, b) => a.planCode.localeCompare(b.planCode));
}

/** The rules of the given versions, each carrying its version number and its plan's dates. */
export async function loadEngineRules(db: Db | Tx, versionIds: number[]): Promise<EngineRule[]> {
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

export async function loadPricingMaster(db: Db | Tx) {
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
