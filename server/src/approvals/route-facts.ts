import Decimal from 'decimal.js';

import type { Finding } from '../domain/finding';
import type { PlanContent } from '../domain/plan';

/** What an approval route is chosen by (SPEC §8): budget, deepest discount, provinces, findings. */
export interface RouteFacts {
  budget: string | null;
  /** Deepest percentage discount among the version's rules, in percent points; null if none. */
  maxDiscountPct: string | null;
  /** Provinces the rules name; `allProvinces` when any rule applies everywhere. */
  provinces: string[];
  allProvinces: boolean;
  hasWarn: boolean;
}

const PERCENT_MECHANICS = new Set(['PCT_OFF', 'ORDER_PCT_OFF', 'BUNDLE']);

export function computeRouteFacts(content: PlanContent, findings: Finding[]): RouteFacts {
  const percents = content.rules
    .filter((rule) => PERCENT_MECHANICS.has(rule.mechanic) && rule.value !== null)
    .map((rule) => new Decimal(rule.value!));
  const provinces = new Set(content.rules.flatMap((rule) => rule.provinces));
  return {
    budget: content.header.budget,
    maxDiscountPct: percents.length > 0 ? Decimal.max(...percents).toString() : null,
    provinces: [...provinces].sort(),
    allProvinces: content.rules.some((rule) => rule.provinces.length === 0),
    hasWarn: findings.some((finding) => finding.severity === 'WARN'),
  };
}
