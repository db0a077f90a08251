/**
 * Applying a line's selected rules in tie-break order (SPEC 4 steps 5-7): amount on its base,
 * rounded once, LineCap, the rule's share of its OrderCap when one was set, then the clamp.
 */
import { applyLineCap, clampToNet } from './caps';
import { lineAmount } from './line-amount';
import type { LineSelection } from './line-selection';
import { formatMoney, type Decimal } from './money';
import type { PreparedRule } from './prepared-rule';
import { appliedEntry, cappedEntry, type RuleRef, type TraceEntry } from './trace';

export interface GrantedDiscount {
  rule: PreparedRule;
  amount: Decimal;
  truncated: boolean;
}

/** A line's running state; order rules add to it after the line rules. */
export interface LineOutcome {
  granted: GrantedDiscount[];
  trace: TraceEntry[];
  net: Decimal;
  /** The FIXED_PRICE or EXCLUSIVE rule that leaves no room for order rules on this line. */
  closedBy: RuleRef | null;
  /** Exclusion groups already used on this line, with the rule that used each. */
  groups: Map<string, RuleRef>;
}

/** A rule's share of its OrderCap on one line, set once the rule's order total exceeded the cap. */
export interface CeilingShare {
  part: Decimal;
  cap: Decimal;
  uncappedTotal: Decimal;
}

/** Rule id → line index → share. */
export type OrderCapCeilings = Map<number, Map<number, CeilingShare>>;

export function applyLineRules(selection: LineSelection, ceilings: OrderCapCeilings): LineOutcome {
  const { facts } = selection;
  const outcome: LineOutcome = {
    granted: [],
    trace: [],
    net: facts.gross,
    closedBy: null,
    groups: new Map(),
  };

  for (const { rule, mechanic } of selection.toApply) {
    const amount = lineAmount(rule, mechanic, facts, outcome.net);
    const { stacking } = rule.spec;
    const entry = { rule: rule.ref, mechanic: rule.mechanic, stacking, qty: facts.line.qty };
    outcome.trace.push(appliedEntry({ ...entry, ...amount }));
    const lineCapped = applyLineCap(rule, amount.rounded, outcome.trace);
    const share = ceilings.get(rule.id)?.get(facts.index);
    const orderCapped = share ? applyCeiling(rule, lineCapped, share, outcome.trace) : lineCapped;
    grant(outcome, rule, orderCapped);
    if (mechanic.terminal || rule.spec.stacking === 'EXCLUSIVE') outcome.closedBy = rule.ref;
  }
  return outcome;
}

/** Clamps, records and subtracts one rule's amount; shared by line and order rules. */
export function grant(outcome: LineOutcome, rule: PreparedRule, amount: Decimal): void {
  const clamped = clampToNet(rule, amount, outcome.net, outcome.trace);
  outcome.granted.push({ rule, amount: clamped.amount, truncated: clamped.truncated });
  outcome.net = outcome.net.minus(clamped.amount);
  const group = rule.spec.exclusionGroup;
  if (group !== null && !outcome.groups.has(group)) outcome.groups.set(group, rule.ref);
}

function applyCeiling(
  rule: PreparedRule,
  amount: Decimal,
  share: CeilingShare,
  trace: TraceEntry[],
): Decimal {
  if (amount.lte(share.part)) return amount;
  const detail =
    `OrderCap ${formatMoney(share.cap)}: the rule's order total ${formatMoney(share.uncappedTotal)} ` +
    `is allocated pro rata by largest remainder; this line's share is ${formatMoney(share.part)}`;
  trace.push(cappedEntry(rule.ref, 'ORDER_CAP', amount, share.part, detail));
  return share.part;
}
