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
  const discountedQty = discountedQtyOf(rule, qty);
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

/** Units that receive the benefit: MaxDiscountedQty caps them; the band decided eligibility. */
export function discountedQtyOf(rule: PreparedRule, qty: number): number {
  return Math.min(qty, rule.spec.maxDiscountedQty ?? qty);
}

/**
 * The tie-break's benefit: what the rule alone would give on the list base, capped per line. Free
 * goods of the line's own SKU are worth their list price; goods of another SKU count as 0.00,
 * since the engine knows only this line's price.
 */
export function lineBenefit(
  rule: PreparedRule,
  mechanic: LineMechanic,
  facts: LineFacts,
  onGross: LineAmount | null = null,
): Decimal {
  if (mechanic.freeGoods) {
    const goods = mechanic.freeGoods(rule, facts, discountedQtyOf(rule, facts.line.qty));
    return goods.sku === facts.line.sku ? facts.listUnitPrice.times(goods.qty) : ZERO;
  }
  const { rounded } = onGross ?? lineAmount(rule, mechanic, facts, facts.gross);
  const capped = rule.lineCap === null ? rounded : Decimal.min(rounded, rule.lineCap);
  return Decimal.min(capped, facts.gross);
}
