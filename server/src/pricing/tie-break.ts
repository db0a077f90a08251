/**
 * The tie-break of SPEC 4 step 3, in order: higher priority, more specific, larger benefit to the
 * customer, earlier start, lower rule code, then lower plan code, newer version and input order so
 * that two different rules never tie. Text compares by code point, never by locale, so the result
 * is the same on every machine.
 */
import { formatMoney, type Decimal } from './money';
import type { PreparedRule } from './prepared-rule';

/** A candidate with its benefit to the customer, computed on the base (not the running net). */
export interface Ranked {
  rule: PreparedRule;
  benefit: Decimal;
}

interface Criterion {
  /** Negative when `a` wins. */
  compare(a: Ranked, b: Ranked): number;
  explain(winner: Ranked, loser: Ranked): string;
}

const CRITERIA: readonly Criterion[] = [
  {
    compare: (a, b) => b.rule.spec.priority - a.rule.spec.priority,
    explain: (w, l) => `higher priority ${w.rule.spec.priority} > ${l.rule.spec.priority}`,
  },
  {
    compare: (a, b) => b.rule.specificity - a.rule.specificity,
    explain: (w, l) => `more specific: ${w.rule.specificity} > ${l.rule.specificity} filters`,
  },
  {
    compare: (a, b) => b.benefit.comparedTo(a.benefit),
    explain: (w, l) => `larger benefit ${formatMoney(w.benefit)} > ${formatMoney(l.benefit)}`,
  },
  {
    compare: (a, b) => compareText(a.rule.effectiveStart, b.rule.effectiveStart),
    explain: (w, l) => `earlier start ${w.rule.effectiveStart} < ${l.rule.effectiveStart}`,
  },
  {
    compare: (a, b) => compareText(a.rule.spec.ruleCode, b.rule.spec.ruleCode),
    explain: (w, l) => `lower rule code ${w.rule.spec.ruleCode} < ${l.rule.spec.ruleCode}`,
  },
  {
    compare: (a, b) => compareText(a.rule.spec.planCode, b.rule.spec.planCode),
    explain: (w, l) => `lower plan code ${w.rule.spec.planCode} < ${l.rule.spec.planCode}`,
  },
  {
    compare: (a, b) => b.rule.spec.version - a.rule.spec.version,
    explain: (w, l) => `newer version ${w.rule.spec.version} > ${l.rule.spec.version}`,
  },
  {
    compare: (a, b) => a.rule.id - b.rule.id,
    explain: () => 'listed earlier',
  },
];

export function compareRanked(a: Ranked, b: Ranked): number {
  for (const criterion of CRITERIA) {
    const order = criterion.compare(a, b);
    if (order !== 0) return order;
  }
  return 0;
}

/** A sorted copy: the winner first, then the order in which rules apply. */
export function sortByTieBreak<T extends Ranked>(ranked: readonly T[]): T[] {
  return [...ranked].sort(compareRanked);
}

/** The tie-break level that put `winner` ahead of `loser`, in words. */
export function explainWin(winner: Ranked, loser: Ranked): string {
  const deciding = CRITERIA.find((criterion) => criterion.compare(winner, loser) !== 0);
  return deciding ? deciding.explain(winner, loser) : 'same rule';
}

function compareText(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
