import { canonicalJson } from '../audit/audit-hash';
import type { PlanContent, PlanHeader, RuleSpec } from '../domain/plan';

export interface FieldChange {
  rule: string;
  field: string;
  from: unknown;
  to: unknown;
}

export interface PlanDiff {
  added: RuleSpec[];
  removed: RuleSpec[];
  changed: FieldChange[];
  /** Changes to the plan row itself (name, dates, budget…). */
  plan: { field: string; from: unknown; to: unknown }[];
}

/** Rules are matched by rule code; a changed rule lists each field that differs. */
export function diffPlanContents(from: PlanContent, to: PlanContent): PlanDiff {
  const before = new Map(from.rules.map(({ source: _s, ...rule }) => [rule.ruleCode, rule]));
  const after = new Map(to.rules.map(({ source: _s, ...rule }) => [rule.ruleCode, rule]));

  const added = [...after.values()].filter((rule) => !before.has(rule.ruleCode));
  const removed = [...before.values()].filter((rule) => !after.has(rule.ruleCode));
  const changed = [...after.values()].flatMap((rule) => {
    const old = before.get(rule.ruleCode);
    return old
      ? changedFields(old, rule).map((change) => ({ rule: rule.ruleCode, ...change }))
      : [];
  });

  return { added, removed, changed, plan: changedFields(from.header, to.header) };
}

function changedFields<T extends RuleSpec | PlanHeader>(old: T, current: T) {
  const fields = new Set([...Object.keys(old), ...Object.keys(current)]) as Set<keyof T & string>;
  return [...fields]
    .filter((field) => canonicalJson(old[field] ?? null) !== canonicalJson(current[field] ?? null))
    .map((field) => ({ field, from: old[field] ?? null, to: current[field] ?? null }));
}
