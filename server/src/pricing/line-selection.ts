/**
 * Which line rules apply to one line and in what order (SPEC 4 steps 2-4): filters and gates,
 * tie-break, exclusion, then FIXED_PRICE as terminal. The selection does not depend on amounts
 * granted elsewhere, so it is computed once even when order caps make the line price again.
 */
import type { Finding } from '../domain/finding';
import { lineFilterFailure, minAmountFailure, qtyBandFailure } from './eligibility';
import type { GateFailure, Ineligibility, PricingContext } from './eligibility';
import { resolveExclusions } from './exclusion';
import { lineAmount, lineBenefit, type LineAmount, type LineFacts } from './line-amount';
import type { LineMechanic } from './mechanics';
import { formatMoney } from './money';
import type { PreparedRule } from './prepared-rule';
import { sortByTieBreak, type Ranked } from './tie-break';
import { candidateEntry, excludedEntry, ineligibleEntry, settlementEntry } from './trace';
import { skippedEntry, type TraceEntry, type TraceLevel } from './trace';

export interface LineCandidate extends Ranked {
  mechanic: LineMechanic;
  /** The amount with the gross as running net (null for free goods): worked out for the
   *  benefit, and reused when applying a rule whose base does not depend on the running net. */
  onGross: LineAmount | null;
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
  level: TraceLevel = 'full',
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
    const candidate = examine(rule, facts, context, selection, level);
    if (candidate) candidates.push(candidate);
  }

  const { survivors, trace } = resolveExclusions(sortByTieBreak(candidates));
  selection.trace.push(...trace);
  selection.toApply = settleFixedPrice(survivors, selection);
  return selection;
}

/**
 * The rule as a line candidate, or null after tracing why it is not one. For a compact trace the
 * rules arrive already filtered (matchingRules) and 'ineligible' entries are left out, and with
 * them the cost of wording every filter that failed.
 */
function examine(
  rule: PreparedRule,
  facts: LineFacts,
  context: PricingContext,
  selection: LineSelection,
  level: TraceLevel,
): LineCandidate | null {
  const { trace } = selection;
  const full = level === 'full';
  const failure = full ? lineFilterFailure(rule, facts.line, context) : null;
  if (failure) return refuse(trace, full, rule, failure);
  const definition = rule.definition;
  if (!definition) return traceNull(trace, skippedEntry(rule.ref, rule.mechanic));
  if (rule.invalid)
    return refuse(trace, full, rule, { reason: 'INVALID_RULE', detail: rule.invalid });
  if (definition.level === 'SETTLEMENT')
    return traceNull(trace, settlementEntry(rule.ref, rule.mechanic));
  if (definition.level === 'ORDER') {
    selection.orderCandidates.push(rule);
    return null;
  }

  const gate = lineGate(rule, definition, facts, context);
  if (gate) return refuse(trace, full, rule, gate);
  trace.push(candidateEntry(rule.ref, rule.mechanic));
  const onGross = definition.freeGoods ? null : lineAmount(rule, definition, facts, facts.gross);
  const benefit = lineBenefit(rule, definition, facts, onGross);
  return { rule, mechanic: definition, benefit, onGross };
}

/** The line's qty band, then MinAmount on the line, or the mechanic's order-wide gate instead. */
function lineGate(
  rule: PreparedRule,
  mechanic: LineMechanic,
  facts: LineFacts,
  context: PricingContext,
): GateFailure | null {
  const band = qtyBandFailure(rule, facts.line.qty, 'line');
  if (band) return band;
  if (mechanic.orderGate) return mechanic.orderGate(rule, context);
  return minAmountFailure(rule, facts.gross, 'line');
}

/** Not eligible: traced in a full trace only. */
function refuse(trace: TraceEntry[], full: boolean, rule: PreparedRule, why: Ineligibility): null {
  return full ? traceNull(trace, ineligibleEntry(rule.ref, why.reason, why.detail)) : null;
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
