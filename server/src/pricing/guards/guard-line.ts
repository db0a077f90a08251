/**
 * The guards on one priced line (SPEC 4 step 8): each hit becomes a finding on the line and a
 * trace entry; any BLOCK refuses the line, and the trace says so in its last entry.
 */
import type { Mechanic } from '../../domain/codes';
import type { Finding } from '../../domain/finding';
import { guardEntry, type RuleRef, type TraceEntry } from '../trace';
import type { PricedLine, PricingLine } from '../types';
import { runGuards } from './registry';
import type { GuardFacts } from './types';

export interface GuardedLine {
  findings: Finding[];
  trace: TraceEntry[];
  refused: boolean;
}

const SETTLEMENT: ReadonlySet<Mechanic> = new Set(['TIERED_REBATE', 'CHARGEBACK']);

export function guardPricedLine(
  line: PricingLine,
  priced: PricedLine,
  facts: GuardFacts,
): GuardedLine {
  const results = runGuards({ line, priced, facts, rebates: settlementRules(priced.trace) });
  const findings = results.map(({ code, severity, message }) => ({ code, severity, message }));
  const trace = results.map((result) => guardEntry(result.code, result.severity, result.message));
  const blocking = results.filter((result) => result.severity === 'BLOCK');
  if (blocking.length > 0) {
    const codes = blocking.map((result) => result.code).join(', ');
    trace.push(
      guardEntry(
        'LINE_REFUSED',
        'BLOCK',
        `the line is refused by ${codes}; it is not priced for sale`,
      ),
    );
  }
  return { findings, trace, refused: blocking.length > 0 };
}

/** Rebate and chargeback rules that reached the line: the engine traces them as skipped. */
export function settlementRules(trace: readonly TraceEntry[]): RuleRef[] {
  const refs = trace.flatMap((entry) =>
    entry.kind === 'skipped' && SETTLEMENT.has(entry.mechanic) ? [entry.rule] : [],
  );
  return [...new Set(refs)];
}
