/**
 * The parties and products a rule can reach, read from the master data: the hospitals and
 * distributors its filters match (SPEC 4 step 2 on each dimension), or, when no hospital matches
 * a hospital rule, representative scenario lines for its provinces, channels and grades.
 */
import {
  type Channel,
  channelForOwnership,
  type Grade,
  type Ownership,
  type Tier,
} from '../../domain/codes';
import type { RuleSpec } from '../../domain/plan';

export interface ReachMaster {
  products: readonly { sku: string; category: string }[];
  hospitals: readonly {
    code: string;
    province: string;
    grade: string;
    ownership: string;
  }[];
  distributors: readonly { code: string; province: string; tier: string }[];
}

/** Who a representative line is for; null fields come from the party, as on an order line. */
export interface ReachParty {
  hospital: string | null;
  distributor: string | null;
  province: string | null;
  channel: Channel | null;
  grade: Grade | null;
}

const oneOf = <T>(allowed: readonly T[], value: T) =>
  allowed.length === 0 || allowed.includes(value);

export function reachedSkus(rule: RuleSpec, master: ReachMaster): string[] {
  const named = rule.skus.length > 0 || rule.categories.length > 0;
  const skus = master.products
    .filter((p) => !named || rule.skus.includes(p.sku) || rule.categories.includes(p.category))
    .map((product) => product.sku);
  // A bundle reaches only its bundle SKUs (see the BUNDLE mechanic).
  return rule.mechanic === 'BUNDLE' && rule.bundleSkus.length > 0
    ? skus.filter((sku) => rule.bundleSkus.includes(sku))
    : skus;
}

/** reachedParties, remembered by the filters it reads: large plans repeat a few combinations. */
export function rememberedParties(master: ReachMaster) {
  const memo = new Map<string, ReachParty[]>();
  return (rule: RuleSpec): ReachParty[] => {
    const { audience, hospitals, provinces, grades, channels, distributors, tiers } = rule;
    const key = JSON.stringify([
      audience,
      hospitals,
      provinces,
      grades,
      channels,
      distributors,
      tiers,
    ]);
    let parties = memo.get(key);
    if (!parties) {
      parties = reachedParties(rule, master);
      memo.set(key, parties);
    }
    return parties;
  };
}

export function reachedParties(rule: RuleSpec, master: ReachMaster): ReachParty[] {
  const hospitals = master.hospitals.filter(
    (hospital) =>
      oneOf(rule.hospitals, hospital.code) &&
      oneOf(rule.provinces, hospital.province) &&
      oneOf<string>(rule.grades, hospital.grade) &&
      oneOf<string>(rule.channels, channelForOwnership(hospital.ownership as Ownership)),
  );
  const byParty = rule.distributors.length > 0 || rule.tiers.length > 0;
  const distributors = master.distributors.filter(
    (distributor) =>
      oneOf(rule.distributors, distributor.code) &&
      oneOf<string>(rule.tiers, distributor.tier as Tier) &&
      (rule.hospitals.length > 0 || oneOf(rule.provinces, distributor.province)),
  );
  if (rule.audience === 'DISTRIBUTOR') return distributorParties(rule, hospitals, distributors);

  const delivering = byParty ? distributors.map((d) => d.code) : [null];
  if (hospitals.length > 0) {
    return hospitals.flatMap((hospital) =>
      delivering.map((distributor) => party({ hospital: hospital.code, distributor })),
    );
  }
  if (rule.hospitals.length > 0) return [];
  return scenarios(rule, master).flatMap((scenario) =>
    delivering.map((distributor) => ({ ...scenario, distributor })),
  );
}

function distributorParties(
  rule: RuleSpec,
  hospitals: ReachMaster['hospitals'],
  distributors: ReachMaster['distributors'],
): ReachParty[] {
  if (rule.hospitals.length > 0) {
    return hospitals.flatMap((hospital) =>
      distributors.map((distributor) =>
        party({ hospital: hospital.code, distributor: distributor.code }),
      ),
    );
  }
  const channels: (Channel | null)[] = rule.channels.length > 0 ? rule.channels : [null];
  const grades: (Grade | null)[] = rule.grades.length > 0 ? rule.grades : [null];
  return distributors.flatMap((distributor) =>
    channels.flatMap((channel) =>
      grades.map((grade) => party({ distributor: distributor.code, channel, grade })),
    ),
  );
}

/** Scenario lines for a hospital rule that no master hospital matches (retail, e-commerce). */
function scenarios(rule: RuleSpec, master: ReachMaster): ReachParty[] {
  const known = [...new Set(master.hospitals.map((hospital) => hospital.province))];
  const provinces = rule.provinces.length > 0 ? rule.provinces : known;
  const channels: (Channel | null)[] = rule.channels.length > 0 ? rule.channels : [null];
  const grades: (Grade | null)[] = rule.grades.length > 0 ? rule.grades : [null];
  return provinces.flatMap((province) =>
    channels.flatMap((channel) => grades.map((grade) => party({ province, channel, grade }))),
  );
}

function party(fields: Partial<ReachParty>): ReachParty {
  return {
    hospital: null,
    distributor: null,
    province: null,
    channel: null,
    grade: null,
    ...fields,
  };
}
