/**
 * The invariants every engine test ends with (STYLE: tests end with an invariant): gross is list ×
 * qty, net is gross less the applied amounts, the applied amounts make the discount, nothing is
 * negative, every amount is whole fen, and the order totals are the sums of its lines.
 */
import { Decimal, sumMoney } from '../../../server/src/pricing/money';
import type { PricedLine, PricedOrder } from '../../../server/src/pricing/types';

export function expectInvariants(order: PricedOrder): void {
  for (const line of order.lines) expectLineInvariants(line);
  expect(order.grossAmount.toFixed(2)).toBe(
    sumMoney(order.lines.map((l) => l.grossAmount)).toFixed(2),
  );
  expect(order.discountAmount.toFixed(2)).toBe(
    sumMoney(order.lines.map((l) => l.discountAmount)).toFixed(2),
  );
  expect(order.netAmount.toFixed(2)).toBe(sumMoney(order.lines.map((l) => l.netAmount)).toFixed(2));
}

function expectLineInvariants(line: PricedLine): void {
  const applied = sumMoney(line.applied.map((entry) => entry.amount));
  expect(line.grossAmount.equals(line.listUnitPrice.times(line.qty))).toBe(true);
  expect(line.netAmount.equals(line.grossAmount.minus(applied))).toBe(true);
  expect(line.discountAmount.equals(applied)).toBe(true);

  const amounts = [line.netAmount, line.discountAmount, ...line.applied.map((a) => a.amount)];
  for (const amount of amounts) {
    expect(amount.gte(0)).toBe(true);
    expect(amount.decimalPlaces()).toBeLessThanOrEqual(2);
  }
}

/** Σ over the order's lines of one rule's applied amounts, as "0.00" text. */
export function ruleTotal(order: PricedOrder, ruleCode: string, planCode = 'P1'): string {
  const amounts = order.lines.flatMap((line) =>
    line.applied.filter((a) => a.rule === ruleCode && a.plan === planCode).map((a) => a.amount),
  );
  return sumMoney(amounts).toFixed(2);
}

/** Each line's net as "0.00" text, in line order. */
export function nets(order: PricedOrder): string[] {
  return order.lines.map((line) => line.netAmount.toFixed(2));
}

/** One line's applied rules as [rule, amount, truncated], in application order. */
export function appliedOf(line: PricedLine): [string, string, boolean][] {
  return line.applied.map((a) => [a.rule, a.amount.toFixed(2), a.truncated]);
}

export const money = (text: string): Decimal => new Decimal(text);
