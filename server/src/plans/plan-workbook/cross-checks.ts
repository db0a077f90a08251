import type { PlanRow } from './parse-plan-row';
import type { RuleRow } from './parse-rule-row';

/** The first row of each plan code; a later row with the same code is reported. */
export function checkPlanCodes(planRows: readonly PlanRow[]): Map<string, PlanRow> {
  const plans = new Map<string, PlanRow>();
  for (const planRow of planRows) {
    const { planCode, context } = planRow;
    if (planCode === undefined) continue;
    const first = plans.get(planCode);
    if (first === undefined) plans.set(planCode, planRow);
    else {
      context.report(
        'planCode',
        'DUPLICATE_PLAN_CODE',
        `Plan code ${planCode} is already used on row ${first.context.row}: give each plan its own code, or merge the rows.`,
      );
    }
  }
  return plans;
}

/**
 * A parent plan is on the Plans sheet or already stored; unknown, the plan calendar (annual →
 * quarterly → monthly) would point nowhere.
 */
export function checkParents(
  planRows: readonly PlanRow[],
  plans: ReadonlyMap<string, PlanRow>,
  storedPlans: ReadonlySet<string>,
): void {
  for (const { parent, context } of planRows) {
    if (typeof parent !== 'string' || plans.has(parent) || storedPlans.has(parent)) continue;
    context.report(
      'parent',
      'UNKNOWN_PARENT',
      `Parent plan ${parent} is neither on the Plans sheet nor submitted before: add it, correct the code, or leave the cell empty.`,
    );
  }
}

/** Each rule's plan is on the Plans sheet, its code is unique in the plan, its dates inside the plan's. */
export function checkRules(
  ruleRows: readonly RuleRow[],
  plans: ReadonlyMap<string, PlanRow>,
): void {
  const seen = new Map<string, number>();
  for (const ruleRow of ruleRows) {
    const { planCode, ruleCode, context } = ruleRow;
    if (planCode === undefined) continue;
    const plan = plans.get(planCode);
    if (plan === undefined) {
      context.report(
        'planCode',
        'UNKNOWN_PLAN',
        `Plan ${planCode} is not on the Plans sheet: add it there, or correct the code.`,
      );
      continue;
    }
    if (ruleCode !== undefined) checkUnique(ruleRow, `${planCode}\u0000${ruleCode}`, seen);
    checkInsidePlan(ruleRow, plan);
  }
}

function checkUnique(ruleRow: RuleRow, key: string, seen: Map<string, number>): void {
  const { context, planCode, ruleCode } = ruleRow;
  const firstRow = seen.get(key);
  if (firstRow === undefined) seen.set(key, context.row);
  else {
    context.report(
      'ruleCode',
      'DUPLICATE_RULE_CODE',
      `Rule code ${ruleCode} is already used in plan ${planCode} on row ${firstRow}: give each rule of a plan its own code.`,
    );
  }
}

/** Compared only with plan dates that were read; a wrong plan date is reported on its own row. */
function checkInsidePlan(ruleRow: RuleRow, plan: PlanRow): void {
  const { start: planStart, end: planEnd } = plan.dates;
  if (typeof planStart !== 'string' || typeof planEnd !== 'string') return;
  const span = `${planStart} to ${planEnd}`;
  for (const key of ['start', 'end'] as const) {
    const date = ruleRow.dates[key];
    if (typeof date === 'string' && (date < planStart || date > planEnd)) {
      ruleRow.context.report(
        key,
        'RULE_OUTSIDE_PLAN',
        `${date} is outside plan ${plan.planCode} (${span}): move the rule's dates inside the plan's.`,
      );
    }
  }
}
