/**
 * Per-line limits shared by line and order rules: LineCap, then the clamp at zero (SPEC 4 steps
 * 6-7). Each limit that bites leaves a trace entry.
 */
import { formatMoney, type Decimal } from './money';
import type { PreparedRule } from './prepared-rule';
import { cappedEntry, truncatedEntry, type TraceEntry } from './trace';

export function applyLineCap(rule: PreparedRule, amount: Decimal, trace: TraceEntry[]): Decimal {
  if (rule.lineCap === null || amount.lte(rule.lineCap)) return amount;
  const detail = `LineCap ${formatMoney(rule.lineCap)}`;
  trace.push(cappedEntry(rule.ref, 'LINE_CAP', amount, rule.lineCap, detail));
  return rule.lineCap;
}

export interface Clamped {
  amount: Decimal;
  truncated: boolean;
}

/** A discount never takes the line below zero: the rule that would is cut to what is left. */
export function clampToNet(
  rule: PreparedRule,
  amount: Decimal,
  net: Decimal,
  trace: TraceEntry[],
): Clamped {
  if (amount.lte(net)) return { amount, truncated: false };
  trace.push(truncatedEntry(rule.ref, amount, net));
  return { amount: net, truncated: true };
}
