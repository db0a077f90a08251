/**
 * The amount one line rule gives one line, before caps and the clamp: the discounted units, the
 * base they are priced on, the mechanic's unrounded amount and its one rounding (SPEC 4 steps 5-6).
 */
import type { LineMechanic } from './mechanics';
import { Decimal, roundMoney, ZERO } from './money';
import type { PreparedRule } from './prepared-rule';
import type { PricingLine } from './types';

/** A line with its parsed money, as every step of the engine sees it. */
export interface LineFacts {
  /** Position in the order. */
  index: number;
  line: PricingLine;
  listUnitPrice: Decimal;
  gross: Decimal;
}

export interface LineAmount {
  discountedQty: number;
  base: Decimal;
  unrounded: Decimal;
  rounded: Decimal;
}

export function lineAmount(
  rule: PreparedRule,
  mechanic: LineMechanic,
  facts: LineFacts,
  runningNet: Decimal,
): LineAmount {
  const { qty } = facts.line;
  // MaxDiscountedQty caps the units that benefit; the MinQty/MaxQty band decided eligibility.
  const discountedQty = Math.min(qty, rule.spec.maxDiscountedQty ?? qty);
  // SEQUENTIAL works on the running net; under a unit cap only the discounted units' share of it.
  const base =
    rule.spec.stacking === 'SEQUENTIAL'
      ? runningNet.times(discountedQty).dividedBy(qty)
      : facts.listUnitPrice.times(discountedQty);
  const value = rule.value ?? ZERO;
  const unrounded = mechanic.discount({
    value,
    listUnitPrice: facts.listUnitPrice,
    discountedQty,
    base,
  });
  return { discountedQty, base, unrounded, rounded: roundMoney(unrounded) };
}

/** The tie-break's benefit: what the rule alone would give on the list base, capped per line. */
export function lineBenefit(rule: PreparedRule, mechanic: LineMechanic, facts: LineFacts): Decimal {
  const { rounded } = lineAmount(rule, mechanic, facts, facts.gross);
  const capped = rule.lineCap === null ? rounded : Decimal.min(rounded, rule.lineCap);
  return Decimal.min(capped, facts.gross);
}
