/**
 * The pure pricing engine (SPEC 4): an order and the rules in force in, priced lines with their
 * adjustments and trace out. No I/O, no clock, no logging: the pricing date is an input, so a
 * line priced again from its stored inputs gives the same result.
 *
 * Steps: select each line's rules (filters, tie-break, exclusion, FIXED_PRICE), apply them, cap
 * line rules per order (OrderCap), then price order-level rules over the lines' running nets.
 */
import { createPricingContext } from './eligibility';
import { applyLineRules, type LineOutcome, type OrderCapCeilings } from './line-application';
import type { LineFacts } from './line-amount';
import { selectLineRules, type LineSelection } from './line-selection';
import { parseMoney, roundMoney, sumMoney, ZERO, type Decimal } from './money';
import { enforceOrderCaps } from './order-cap';
import { applyOrderRules } from './order-rules';
import { isPreparedRules, matchingRules, prepareRules, rulesForLine } from './rule-index';
import type { PreparedRules } from './rule-index';
import type { EngineRule, PricedLine, PricedOrder, PricingLine, PricingOrder } from './types';
import type { PricingOptions } from './types';

export { prepareRules, type PreparedRules } from './rule-index';

/**
 * Prices one order. Pass `prepareRules(rules)` when pricing many orders so the rules are parsed
 * and indexed once. Throws RangeError only for malformed lines (qty, list price), which the
 * caller's input validation should already have refused; a rule never makes it throw.
 *
 * Options: `traceLevel` 'full' (the default) or 'compact' (see trace.ts; same prices, much faster
 * with many rules).
 */
export function priceOrder(
  order: PricingOrder,
  rules: readonly EngineRule[] | PreparedRules,
  options: PricingOptions = {},
): PricedOrder {
  const index = isPreparedRules(rules) ? rules : prepareRules(rules);
  const level = options.traceLevel ?? 'full';
  const prices = new Map<string, Decimal>();
  const facts = order.lines.map((line, position) => factsOf(line, position, prices));
  const context = createPricingContext(order.pricingDate, facts);
  const selections = facts.map((fact) => {
    const reached =
      level === 'full' ? rulesForLine(index, fact.line) : matchingRules(index, fact.line, context);
    return selectLineRules(fact, reached, context, level);
  });

  const ceilings: OrderCapCeilings = new Map();
  const outcomes = selections.map((selection) => applyLineRules(selection, ceilings));
  enforceOrderCaps(selections, outcomes, ceilings);
  const trace = applyOrderRules(selections, outcomes);

  const lines = selections.map((selection, position) =>
    assembleLine(selection, outcomes[position]),
  );
  return {
    orderNo: order.orderNo,
    pricingDate: order.pricingDate,
    grossAmount: sumMoney(lines.map((line) => line.grossAmount)),
    discountAmount: sumMoney(lines.map((line) => line.discountAmount)),
    netAmount: sumMoney(lines.map((line) => line.netAmount)),
    lines,
    trace,
  };
}

/** `prices` keeps each list-price text parsed once per order: lines of a SKU share one price. */
function factsOf(line: PricingLine, index: number, prices: Map<string, Decimal>): LineFacts {
  if (!Number.isSafeInteger(line.qty) || line.qty <= 0) {
    throw new RangeError(
      `order ${line.orderNo} line ${line.lineNo}: qty must be a positive integer`,
    );
  }
  const listUnitPrice = prices.get(line.listUnitPrice) ?? parseMoney(line.listUnitPrice);
  prices.set(line.listUnitPrice, listUnitPrice);
  if (listUnitPrice.isNegative()) {
    throw new RangeError(`order ${line.orderNo} line ${line.lineNo}: negative list price`);
  }
  return { index, line, listUnitPrice, gross: listUnitPrice.times(line.qty) };
}

/**
 * Most lines get no discount; their net is the gross and their net unit price the list price
 * (gross is list × qty and list has at most 2 decimals), so the decimal division is skipped.
 */
function assembleLine(selection: LineSelection, outcome: LineOutcome): PricedLine {
  const { line, listUnitPrice, gross } = selection.facts;
  const discounted = outcome.granted.length > 0;
  const discountAmount = discounted ? sumMoney(outcome.granted.map((g) => g.amount)) : ZERO;
  const netAmount = discounted ? gross.minus(discountAmount) : gross;
  return {
    orderNo: line.orderNo,
    lineNo: line.lineNo,
    sku: line.sku,
    qty: line.qty,
    listUnitPrice,
    grossAmount: gross,
    discountAmount,
    netAmount,
    netUnitPrice: discounted ? roundMoney(netAmount.dividedBy(line.qty)) : listUnitPrice,
    applied: outcome.granted.map(({ rule, amount, truncated }) => ({
      plan: rule.spec.planCode,
      version: rule.spec.version,
      rule: rule.spec.ruleCode,
      mechanic: rule.mechanic,
      amount,
      truncated,
    })),
    freeGoods: outcome.freeGoods,
    findings: selection.findings,
    trace: [...selection.trace, ...outcome.trace],
  };
}
