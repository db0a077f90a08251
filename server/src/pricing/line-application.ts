/**
 * Applying a line's selected rules in tie-break order (SPEC 4 steps 5-7): amount on its base,
 * rounded once, LineCap, the rule's share of its OrderCap when one was set, then the clamp. A
 * free-goods rule adds its units as a separate zero-price line instead and leaves the net alone.
 */
import { applyLineCap, clampToNet } from './caps';
import { discountedQtyOf, lineAmount, type LineFacts } from './line-amount';
import type { LineCandidate, LineSelection } from './line-selection';
import type { FreeUnits } from './mechanics';
import { formatMoney, type Decimal } from './money';
import type { PreparedRule } from './prepared-rule';
import { appliedEntry, cappedEntry, freeGoodsEntry, type RuleRef, type TraceEntry } from './trace';
import type { FreeGoodsLine } from './types';

export interface GrantedDiscount {
  rule: PreparedRule;
  amount: Decimal;
  truncated: boolean;
}

/** A line's running state; order rules add to it after the line rules. */
export interface LineOutcome {
  granted: GrantedDiscount[];
  freeGoods: FreeGoodsLine[];
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
    freeGoods: [],
    trace: [],
    net: facts.gross,
    closedBy: null,
    groups: new Map(),
  };

  for (const candidate of selection.toApply) {
    const { rule, mechanic } = candidate;
    if (mechanic.freeGoods) {
      const units = mechanic.freeGoods(rule, facts, discountedQtyOf(rule, facts.line.qty));
      giveFreeGoods(outcome, rule, units);
    } else applyDiscount(outcome, candidate, facts, ceilings);
    if (mechanic.terminal || rule.spec.stacking === 'EXCLUSIVE') outcome.closedBy = rule.ref;
  }
  return outcome;
}

function applyDiscount(
  outcome: LineOutcome,
  { rule, mechanic, onGross }: LineCandidate,
  facts: LineFacts,
  ceilings: OrderCapCeilings,
): void {
  const { stacking } = rule.spec;
  // Only SEQUENTIAL prices on the running net; any other base is the one the benefit used.
  const amount =
    onGross !== null && stacking !== 'SEQUENTIAL'
      ? onGross
      : lineAmount(rule, mechanic, facts, outcome.net);
  const entry = { rule: rule.ref, mechanic: rule.mechanic, stacking, qty: facts.line.qty };
  outcome.trace.push(appliedEntry({ ...entry, ...amount }));
  const lineCapped = applyLineCap(rule, amount.rounded, outcome.trace);
  const share = ceilings.get(rule.id)?.get(facts.index);
  const orderCapped = share ? applyCeiling(rule, lineCapped, share, outcome.trace) : lineCapped;
  grant(outcome, rule, orderCapped);
}

/** Zero free units (7 bought, every 8) still leave a trace entry, but no free-goods line. */
function giveFreeGoods(outcome: LineOutcome, rule: PreparedRule, units: FreeUnits): void {
  outcome.trace.push(freeGoodsEntry(rule.ref, units));
  if (units.qty > 0) outcome.freeGoods.push({ sku: units.sku, qty: units.qty, rule: rule.ref });
  useGroup(outcome, rule);
}

/** Clamps, records and subtracts one rule's amount; shared by line and order rules. */
export function grant(outcome: LineOutcome, rule: PreparedRule, amount: Decimal): void {
  const clamped = clampToNet(rule, amount, outcome.net, outcome.trace);
  outcome.granted.push({ rule, amount: clamped.amount, truncated: clamped.truncated });
  outcome.net = outcome.net.minus(clamped.amount);
  useGroup(outcome, rule);
}

function useGroup(outcome: LineOutcome, rule: PreparedRule): void {
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
