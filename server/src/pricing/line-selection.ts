/**
 * Which line rules apply to one line and in what order (SPEC 4 steps 2-4): filters and gates,
 * tie-break, exclusion, then FIXED_PRICE as terminal. The selection does not depend on amounts
 * granted elsewhere, so it is computed once even when order caps make the line price again.
 */
import type { Finding } from '../domain/finding';
import { lineFilterFailure, minAmountFailure, qtyBandFailure } from './eligibility';
import type { PricingContext } from './eligibility';
import { resolveExclusions } from './exclusion';
import { lineBenefit, type LineFacts } from './line-amount';
import type { LineMechanic } from './mechanics';
import { formatMoney } from './money';
import type { PreparedRule } from './prepared-rule';
import { sortByTieBreak, type Ranked } from './tie-break';
import { candidateEntry, excludedEntry, ineligibleEntry, skippedEntry } from './trace';
import type { TraceEntry } from './trace';

export interface LineCandidate extends Ranked {
  mechanic: LineMechanic;
}

export interface LineSelection {
  facts: LineFacts;
  trace: TraceEntry[];
  findings: Finding[];
  /** Line rules to apply, in tie-break order. */
  toApply: LineCandidate[];
  /** Order-level rules whose filters this line passes; their gates are on the whole order. */
  orderCandidates: PreparedRule[];
}

export function selectLineRules(
  facts: LineFacts,
  rules: readonly PreparedRule[],
  context: PricingContext,
): LineSelection {
  const selection: LineSelection = {
    facts,
    trace: [],
    findings: [],
    toApply: [],
    orderCandidates: [],
  };
  const candidates: LineCandidate[] = [];
  for (const rule of rules) {
    const candidate = examine(rule, facts, context, selection);
    if (candidate) candidates.push(candidate);
  }

  const { survivors, trace } = resolveExclusions(sortByTieBreak(candidates));
  selection.trace.push(...trace);
  selection.toApply = settleFixedPrice(survivors, selection);
  return selection;
}

/** The rule as a line candidate, or null after tracing why it is not one. */
function examine(
  rule: PreparedRule,
  facts: LineFacts,
  context: PricingContext,
  selection: LineSelection,
): LineCandidate | null {
  const { trace } = selection;
  const failure = lineFilterFailure(rule, facts.line, context);
  if (failure) return traceNull(trace, ineligibleEntry(rule.ref, failure.reason, failure.detail));
  if (!rule.definition) return traceNull(trace, skippedEntry(rule.ref, rule.mechanic));
  if (rule.invalid)
    return traceNull(trace, ineligibleEntry(rule.ref, 'INVALID_RULE', rule.invalid));
  if (rule.definition.level === 'ORDER') {
    selection.orderCandidates.push(rule);
    return null;
  }

  const gate =
    qtyBandFailure(rule, facts.line.qty, 'line') ?? minAmountFailure(rule, facts.gross, 'line');
  if (gate) return traceNull(trace, ineligibleEntry(rule.ref, gate.reason, gate.detail));
  trace.push(candidateEntry(rule.ref, rule.mechanic));
  const mechanic = rule.definition;
  return { rule, mechanic, benefit: lineBenefit(rule, mechanic, facts) };
}

function traceNull(trace: TraceEntry[], entry: TraceEntry): null {
  trace.push(entry);
  return null;
}

/** The first FIXED_PRICE survivor replaces the base price and ends every other line discount. */
function settleFixedPrice(survivors: LineCandidate[], selection: LineSelection): LineCandidate[] {
  const fixed = survivors.find((candidate) => candidate.mechanic.terminal);
  if (!fixed) return survivors;
  for (const other of survivors) {
    if (other === fixed) continue;
    const detail = `FIXED_PRICE ${fixed.rule.ref} replaces the base price and ends the line's discounts`;
    selection.trace.push(excludedEntry(other.rule.ref, 'FIXED_PRICE', fixed.rule.ref, detail));
  }
  noteFixedPriceNotBelowList(fixed, selection);
  return [fixed];
}

function noteFixedPriceNotBelowList(fixed: LineCandidate, selection: LineSelection): void {
  const { listUnitPrice } = selection.facts;
  if (fixed.rule.value === null || fixed.rule.value.lt(listUnitPrice)) return;
  selection.findings.push({
    code: 'FIXED_PRICE_NOT_BELOW_LIST',
    severity: 'INFO',
    message:
      `${fixed.rule.ref} sets ${formatMoney(fixed.rule.value)}, not below list ` +
      `${formatMoney(listUnitPrice)}: it gives no discount and still ends the line's discounts`,
  });
}
