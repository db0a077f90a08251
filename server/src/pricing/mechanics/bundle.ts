/**
 * 组合: a percentage off every bundle line once the order holds enough of the bundle's SKUs.
 *
 * The gate is on the whole order (SPEC 4 step 2): the combined quantity of the order's lines of
 * the bundle SKUs that pass the rule's filters must reach BundleMinQty, and their combined gross
 * must reach MinAmount when one is set. The SPEC asks for the combined quantity, not one unit of
 * each SKU, so three of one bundle SKU and none of another still meet a BundleMinQty of 3.
 * MinQty/MaxQty stay a band on each line. The benefit then works like PCT_OFF on each bundle line,
 * with exclusion, stacking and caps as for any line rule.
 */
import type { RuleSpec } from '../../domain/plan';
import { lineFilterReason, type GateFailure, type OrderView } from '../eligibility';
import { formatMoney, ZERO } from '../money';
import type { PreparedRule } from '../prepared-rule';
import type { LineMechanic } from './types';

export const bundle: LineMechanic = {
  mechanic: 'BUNDLE',
  level: 'LINE',
  valueKind: 'PERCENT',
  terminal: false,
  discount: ({ value, base }) => base.times(value).dividedBy(100),
  validate: validateBundle,
  // A bundle without SKUs is an invalid rule; saying so beats calling every product a mismatch.
  productFailure: ({ spec }, sku) =>
    spec.bundleSkus.length === 0 || spec.bundleSkus.includes(sku)
      ? null
      : `${sku} is not one of the bundle's SKUs`,
  orderGate: (rule, order) => order.remember(rule.id, () => bundleGate(rule, order)),
};

function validateBundle(spec: RuleSpec): string[] {
  const problems: string[] = [];
  if (spec.bundleSkus.length === 0) problems.push('BUNDLE needs BundleSkus');
  const min = spec.bundleMinQty;
  if (min === null || !Number.isSafeInteger(min) || min < 1)
    problems.push(`BUNDLE needs BundleMinQty, a whole number from 1, got ${String(min)}`);
  return problems;
}

function bundleGate(rule: PreparedRule, order: OrderView): GateFailure | null {
  let qty = 0;
  let gross = ZERO;
  for (const facts of order.lines) {
    if (lineFilterReason(rule, facts.line, order) !== null) continue;
    qty += facts.line.qty;
    gross = gross.plus(facts.gross);
  }

  const skus = rule.spec.bundleSkus.join(', ');
  const min = rule.spec.bundleMinQty ?? 1;
  if (qty < min) {
    const detail = `bundle qty ${qty} of ${skus} in the order is below BundleMinQty ${min}`;
    return { reason: 'BUNDLE_QTY', detail };
  }
  if (rule.minAmount !== null && gross.lt(rule.minAmount)) {
    const detail = `bundle gross ${formatMoney(gross)} of ${skus} is below MinAmount ${formatMoney(rule.minAmount)}`;
    return { reason: 'MIN_AMOUNT', detail };
  }
  return null;
}
