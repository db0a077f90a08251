/**
 * Order-level rules (ORDER_PCT_OFF, ORDER_AMOUNT_OFF), priced after every line rule and OrderCap.
 *
 * Choices the spec leaves open, made here:
 * - A rule's dimension filters pick the order's eligible lines; its gates (MinQty/MaxQty,
 *   MinAmount) are on the sums over those lines, never on a single line.
 * - A line closed by a FIXED_PRICE (terminal) or an EXCLUSIVE line rule is not eligible: both
 *   promise that nothing else touches the line. A line that already used an exclusion group is
 *   not eligible for an order rule of the same group: one rule per group per line.
 * - Among order rules, exclusion groups and EXCLUSIVE work as among line rules, with the benefit
 *   computed on the order's list base. An EXCLUSIVE order rule excludes the other order rules; it
 *   does not undo line rules already applied.
 * - The order amount is rounded once, capped by OrderCap, allocated by largest remainder pro rata
 *   to the same base it was computed on; each part then meets LineCap and the clamp.
 */
import { applyLineCap } from './caps';
import { minAmountFailure, qtyBandFailure } from './eligibility';
import { resolveExclusions } from './exclusion';
import { grant, type LineOutcome } from './line-application';
import type { LineSelection } from './line-selection';
import type { OrderMechanic } from './mechanics';
import {
  allocateLargestRemainder,
  Decimal,
  formatMoney,
  roundMoney,
  sumMoney,
  ZERO,
} from './money';
import type { PreparedRule } from './prepared-rule';
import { sortByTieBreak, type Ranked } from './tie-break';
import { allocatedEntry, appliedEntry, candidateEntry, cappedEntry } from './trace';
import { excludedEntry, ineligibleEntry, type RuleRef, type TraceEntry } from './trace';

interface OrderCandidate extends Ranked {
  mechanic: OrderMechanic;
  lineIndices: number[];
}

type Emit = (entry: TraceEntry, lineIndices: readonly number[]) => void;

/** Prices the order rules onto `outcomes`; returns the order-level trace. */
export function applyOrderRules(
  selections: readonly LineSelection[],
  outcomes: LineOutcome[],
): TraceEntry[] {
  const orderTrace: TraceEntry[] = [];
  const emit: Emit = (entry, lineIndices) => {
    orderTrace.push(entry);
    for (const index of lineIndices) outcomes[index].trace.push(entry);
  };

  const reached = reachOrderRules(selections, outcomes);
  const candidates = reached.flatMap((reach) => gate(reach, selections, emit));
  const linesOf = new Map<RuleRef, number[]>(candidates.map((c) => [c.rule.ref, c.lineIndices]));
  const { survivors, trace } = resolveExclusions(sortByTieBreak(candidates));
  for (const entry of trace)
    emit(entry, entry.kind === 'excluded' ? (linesOf.get(entry.rule) ?? []) : []);
  for (const survivor of survivors) applyOrderRule(survivor, selections, outcomes, emit);
  return orderTrace;
}

interface Reach {
  rule: PreparedRule;
  mechanic: OrderMechanic;
  lineIndices: number[];
}

/** Each order rule with the lines it may touch; lines it may not touch are told why. */
function reachOrderRules(selections: readonly LineSelection[], outcomes: LineOutcome[]): Reach[] {
  const reached = new Map<number, Reach>();
  selections.forEach((selection, index) => {
    for (const rule of selection.orderCandidates) {
      if (rule.definition?.level !== 'ORDER') continue;
      if (isBlocked(rule, outcomes[index])) continue;
      const reach = reached.get(rule.id) ?? { rule, mechanic: rule.definition, lineIndices: [] };
      reached.set(rule.id, reach);
      reach.lineIndices.push(index);
    }
  });
  return [...reached.values()].sort((a, b) => a.rule.id - b.rule.id);
}

function isBlocked(rule: PreparedRule, outcome: LineOutcome): boolean {
  if (outcome.closedBy !== null) {
    const detail = `the line is closed to further discounts by ${outcome.closedBy}`;
    outcome.trace.push(excludedEntry(rule.ref, 'LINE_TERMINAL', outcome.closedBy, detail));
    return true;
  }
  const group = rule.spec.exclusionGroup;
  const usedBy = group === null ? undefined : outcome.groups.get(group);
  if (usedBy === undefined) return false;
  const detail = `exclusion group ${group} is already used on this line by ${usedBy}`;
  outcome.trace.push(excludedEntry(rule.ref, 'GROUP_USED_ON_LINE', usedBy, detail));
  return true;
}

/** The order gates on the eligible lines' sums; a candidate with its benefit, or nothing. */
function gate(reach: Reach, selections: readonly LineSelection[], emit: Emit): OrderCandidate[] {
  const { rule, lineIndices } = reach;
  const facts = lineIndices.map((index) => selections[index].facts);
  const qty = facts.reduce((total, fact) => total + fact.line.qty, 0);
  const gross = sumMoney(facts.map((fact) => fact.gross));
  const of = 'order (eligible lines)';
  const failure = qtyBandFailure(rule, qty, of) ?? minAmountFailure(rule, gross, of);
  if (failure) {
    emit(ineligibleEntry(rule.ref, failure.reason, failure.detail), lineIndices);
    return [];
  }
  emit(candidateEntry(rule.ref, rule.mechanic), lineIndices);
  return [{ ...reach, benefit: orderBenefit(reach, gross) }];
}

function orderBenefit(reach: Reach, gross: Decimal): Decimal {
  const value = reach.rule.value ?? ZERO;
  const amount = roundMoney(reach.mechanic.discount({ value, base: gross }));
  const capped = reach.rule.orderCap === null ? amount : Decimal.min(amount, reach.rule.orderCap);
  return Decimal.min(capped, gross);
}

function applyOrderRule(
  candidate: OrderCandidate,
  selections: readonly LineSelection[],
  outcomes: LineOutcome[],
  emit: Emit,
): void {
  const { rule, mechanic, lineIndices } = candidate;
  const sequential = rule.spec.stacking === 'SEQUENTIAL';
  const weights = lineIndices.map((index) =>
    sequential ? outcomes[index].net : selections[index].facts.gross,
  );
  const base = sumMoney(weights);
  const unrounded = mechanic.discount({ value: rule.value ?? ZERO, base });
  const rounded = roundMoney(unrounded);
  const applied = appliedEntry({
    rule: rule.ref,
    mechanic: rule.mechanic,
    stacking: rule.spec.stacking,
    base,
    discountedQty: null,
    qty: null,
    unrounded,
    rounded,
  });
  emit(applied, lineIndices);

  const total = capOrderAmount(rule, rounded, lineIndices, emit);
  const parts = allocateLargestRemainder(total, weights);
  lineIndices.forEach((index, k) => {
    const outcome = outcomes[index];
    const allocated = { rule: rule.ref, orderAmount: total, weight: weights[k], weightTotal: base };
    outcome.trace.push(allocatedEntry({ ...allocated, part: parts[k] }));
    grant(outcome, rule, applyLineCap(rule, parts[k], outcome.trace));
  });
}

function capOrderAmount(
  rule: PreparedRule,
  amount: Decimal,
  lineIndices: readonly number[],
  emit: Emit,
): Decimal {
  if (rule.orderCap === null || amount.lte(rule.orderCap)) return amount;
  const detail = `OrderCap ${formatMoney(rule.orderCap)}`;
  emit(cappedEntry(rule.ref, 'ORDER_CAP', amount, rule.orderCap, detail), lineIndices);
  return rule.orderCap;
}
