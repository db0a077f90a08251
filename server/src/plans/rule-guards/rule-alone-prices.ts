/**
 * A rule priced on its own on a representative line, remembered by what decides that price: its
 * mechanic and amounts, its quantity and amount gates, the SKU, list price and quantity. Planners'
 * grids repeat one mechanic and value across provinces, hospitals and SKUs row after row, so a
 * large plan has far fewer distinct prices than rows. The line passes the rule's filters by
 * construction (rule-reach.ts), so filters and dates are not part of the key.
 */
import type { RuleSpec } from '../../domain/plan';
import { prepareRules, priceOrder } from '../../pricing/engine';
import { settlementRules } from '../../pricing/guards';
import { ruleRef } from '../../pricing/prepared-rule';
import type { EngineRule, PricedLine, PricingLine } from '../../pricing/types';

export interface AlonePrice {
  priced: PricedLine;
  /** The rule is a rebate or chargeback that reached the line (it accrues, not discounts). */
  settles: boolean;
}

export function pricingTerms(rule: RuleSpec): string {
  return JSON.stringify([
    rule.mechanic,
    rule.audience,
    rule.value,
    rule.minQty,
    rule.maxQty,
    rule.maxDiscountedQty,
    rule.minAmount,
    rule.lineCap,
    rule.orderCap,
    rule.freeSku,
    rule.everyN,
    rule.freeQty,
    rule.bundleSkus,
    rule.bundleMinQty,
    rule.inventory,
    rule.rebateTiers,
    rule.tierMode,
  ]);
}

export function aloneRulePrices() {
  const memo = new Map<string, AlonePrice>();
  return (rule: EngineRule, terms: string, line: PricingLine, date: string): AlonePrice => {
    const key = `${terms}|${line.sku}|${line.listUnitPrice}|${line.qty}`;
    let found = memo.get(key);
    if (!found) {
      // One rule needs no index: the naive list skips building one per rule.
      const prepared = prepareRules([rule], { index: 'none' });
      const order = { orderNo: 'MATRIX', pricingDate: date, lines: [line] };
      const priced = priceOrder(order, prepared, { traceLevel: 'compact' }).lines[0];
      found = { priced, settles: settlementRules(priced.trace).length > 0 };
      memo.set(key, found);
    }
    return relabel(found, rule);
  };
}

/** The remembered price as this rule's own: its applied entries and free goods name it. */
function relabel(found: AlonePrice, rule: EngineRule): AlonePrice {
  const { priced } = found;
  const own = priced.applied.every((a) => a.plan === rule.planCode && a.rule === rule.ruleCode);
  if (own && priced.freeGoods.length === 0) return found;
  const ref = ruleRef(rule);
  return {
    ...found,
    priced: {
      ...priced,
      applied: priced.applied.map((a) => ({ ...a, plan: rule.planCode, rule: rule.ruleCode })),
      freeGoods: priced.freeGoods.map((goods) => ({ ...goods, rule: ref })),
    },
  };
}
