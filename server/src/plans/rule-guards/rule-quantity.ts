import type { RuleSpec } from '../../domain/plan';
import { type Decimal, parseMoney } from '../../pricing/money';

/**
 * The smallest quantity at which every quantity gate of the rule can pass on a one-line order:
 * one unit, or MinQty, BundleMinQty, EveryN (so free goods give a unit) and MinAmount at the list
 * price. Null when MaxQty already rules that quantity out.
 */
export function representativeQty(rule: RuleSpec, listUnitPrice: Decimal | null): number | null {
  let qty = Math.max(1, rule.minQty ?? 1, rule.bundleMinQty ?? 1, rule.everyN ?? 1);
  if (rule.minAmount !== null && listUnitPrice !== null && listUnitPrice.gt(0)) {
    const needed = parseMoney(rule.minAmount).dividedBy(listUnitPrice).ceil().toNumber();
    qty = Math.max(qty, needed);
  }
  return rule.maxQty !== null && qty > rule.maxQty ? null : qty;
}
