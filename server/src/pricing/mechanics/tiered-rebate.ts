/**
 * 阶梯返利: a rebate on a period's volume, paid in settlement (SPEC 7), never on the invoice.
 * Thresholds are inclusive. RETRO (全额累进) pays the highest reached tier's rate on the whole
 * volume; INCREMENTAL (超额累进) pays each tier's rate on the part of the volume inside its band,
 * from its threshold up to the next one. The total is rounded half-up once, to 2 decimals.
 */
import type { TierMode } from '../../domain/codes';
import type { RebateTier, RuleSpec } from '../../domain/plan';
import { Decimal, roundMoney, ZERO } from '../money';
import type { SettlementMechanic } from './types';

export const tieredRebate: SettlementMechanic = {
  mechanic: 'TIERED_REBATE',
  level: 'SETTLEMENT',
  valueKind: 'NONE',
  validate: validateTieredRebate,
};

const AMOUNT_TEXT = /^\d+(\.\d{1,2})?$/;
const PERCENT_TEXT = /^\d+(\.\d+)?$/;

function validateTieredRebate(spec: RuleSpec): string[] {
  const problems: string[] = [];
  if (spec.rebateTiers.length === 0) problems.push('TIERED_REBATE needs Tiers');
  if (spec.tierMode === null) problems.push('TIERED_REBATE needs TierMode (RETRO or INCREMENTAL)');
  for (const { threshold, rate } of spec.rebateTiers) {
    if (!AMOUNT_TEXT.test(threshold))
      problems.push(`tier threshold must be an amount with at most 2 decimals, got ${threshold}`);
    if (!PERCENT_TEXT.test(rate) || new Decimal(rate).gt(100))
      problems.push(`tier rate must be percent points from 0 to 100, got ${rate}`);
  }
  const thresholds = spec.rebateTiers.map((tier) => tier.threshold).filter(isAmount);
  if (new Set(thresholds.map((t) => new Decimal(t).toFixed(2))).size < thresholds.length)
    problems.push('tier thresholds must differ');
  return problems;
}

const isAmount = (text: string): boolean => AMOUNT_TEXT.test(text);

/** The rebate on `volume` (CNY) for tiers written as in the rule row; 0.00 below the first tier. */
export function rebateAmount(
  volume: Decimal,
  tiers: readonly RebateTier[],
  mode: TierMode,
): Decimal {
  const sorted = tiers
    .map((tier) => ({ threshold: new Decimal(tier.threshold), rate: new Decimal(tier.rate) }))
    .sort((a, b) => a.threshold.comparedTo(b.threshold));
  const reached = sorted.filter((tier) => volume.gte(tier.threshold));
  if (reached.length === 0) return ZERO;

  if (mode === 'RETRO') return roundMoney(volume.times(reached[reached.length - 1].rate).div(100));
  const bands = reached.map((tier, k) => {
    const top = k + 1 < sorted.length ? Decimal.min(volume, sorted[k + 1].threshold) : volume;
    return top.minus(tier.threshold).times(tier.rate).div(100);
  });
  return roundMoney(bands.reduce((total, band) => total.plus(band), ZERO));
}
