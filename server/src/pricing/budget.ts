/**
 * The plan budget cap (SPEC §4 step 6) and its guard BUDGET_EXCEEDED (SPEC §5): a priced order
 * meets what is left of each plan's budget, line by line in line order. Pure: the caller reads
 * the ledger and passes what remains; the result says what to reserve.
 *
 * Budgets are ex-VAT (SPEC §3.2), hospital prices VAT-inclusive: a line's benefit counts against
 * the budget divided by its VAT divisor (1 for ex-VAT lines, 1 + rate for VAT-inclusive ones),
 * rounded half-up per plan per line. Free goods carry no price on the order and are not charged.
 */
import type { BudgetPolicy } from '../domain/codes';
import type { Finding } from '../domain/finding';
import { Decimal, roundMoney, sumMoney, ZERO } from './money';
import { budgetEntry } from './trace';
import type { AppliedRule, PricedLine, PricedOrder } from './types';

export interface PlanBudget {
  policy: BudgetPolicy;
  /** Ex-VAT CNY left before this order; null when the plan has no budget (nothing is cut). */
  remaining: Decimal | null;
}

export interface BudgetOutcome {
  order: PricedOrder;
  /** Ex-VAT spend per plan code after the cuts: what this order reserves. */
  spend: Map<string, Decimal>;
}

/** Applies each plan's remaining budget to an order; plans not in `budgets` are not charged. */
export function applyBudgets(
  order: PricedOrder,
  budgets: ReadonlyMap<string, PlanBudget>,
  vatDivisor: (line: PricedLine) => Decimal,
): BudgetOutcome {
  const left = new Map([...budgets].map(([plan, budget]) => [plan, budget.remaining]));
  const spend = new Map<string, Decimal>();
  const lines = order.lines.map((line) => {
    let current = line;
    for (const plan of plansOf(line).filter((code) => budgets.has(code))) {
      const policy = budgets.get(plan)!.policy;
      const charged = chargeLine(current, plan, { policy, remaining: left.get(plan)! }, vatDivisor);
      current = charged.line;
      spend.set(plan, (spend.get(plan) ?? ZERO).plus(charged.spend));
      const remaining = left.get(plan)!;
      if (remaining !== null) left.set(plan, remaining.minus(charged.spend));
    }
    return current;
  });
  return { order: withTotals(order, lines), spend };
}

interface Charged {
  line: PricedLine;
  spend: Decimal;
}

/** One plan's benefit on one line against what is left of its budget. */
function chargeLine(
  line: PricedLine,
  plan: string,
  budget: PlanBudget,
  vatDivisor: (line: PricedLine) => Decimal,
): Charged {
  const divisor = vatDivisor(line);
  const benefit = sumMoney(line.applied.filter((a) => a.plan === plan).map((a) => a.amount));
  const spend = roundMoney(benefit.dividedBy(divisor));
  const { remaining, policy } = budget;
  if (remaining === null || spend.lte(remaining)) return { line, spend };

  // Flooring to the fen keeps the converted spend within what remains (never rounds above it).
  const affordable = Decimal.max(remaining, ZERO)
    .times(divisor)
    .toDecimalPlaces(2, Decimal.ROUND_DOWN);
  const allowed = policy === 'REJECT_LINE' ? ZERO : Decimal.min(benefit, affordable);
  const cut = cutPlanBenefit(line, plan, allowed);
  const trace = budgetEntry({ plan, policy, from: benefit, to: allowed, remaining });
  return {
    line: {
      ...cut,
      findings: [...cut.findings, budgetFinding(plan, policy, benefit, allowed, remaining)],
      trace: [...cut.trace, trace],
    },
    spend: roundMoney(allowed.dividedBy(divisor)),
  };
}

/** Keeps the plan's rules in application order until `allowed` is used up: the last is cut. */
function cutPlanBenefit(line: PricedLine, plan: string, allowed: Decimal): PricedLine {
  let left = allowed;
  const applied: AppliedRule[] = [];
  for (const rule of line.applied) {
    if (rule.plan !== plan) {
      applied.push(rule);
      continue;
    }
    const amount = Decimal.min(rule.amount, left);
    left = left.minus(amount);
    if (amount.gt(0)) applied.push({ ...rule, amount });
  }
  const discountAmount = sumMoney(applied.map((rule) => rule.amount));
  const netAmount = line.grossAmount.minus(discountAmount);
  return {
    ...line,
    applied,
    discountAmount,
    netAmount,
    netUnitPrice: roundMoney(netAmount.dividedBy(line.qty)),
  };
}

function budgetFinding(
  plan: string,
  policy: BudgetPolicy,
  from: Decimal,
  to: Decimal,
  remaining: Decimal,
): Finding {
  const what =
    policy === 'REJECT_LINE'
      ? `the line gets none of its ${from.toFixed(2)} benefit (policy REJECT_LINE)`
      : `its benefit is cut from ${from.toFixed(2)} to ${to.toFixed(2)} (policy TRUNCATE)`;
  return {
    code: 'BUDGET_EXCEEDED',
    severity: 'BLOCK',
    message: `Plan ${plan} has ${Decimal.max(remaining, ZERO).toFixed(2)} (ex-VAT) of its budget left: ${what}. Raise the budget in a new version to grant more.`,
  };
}

/** Plan codes with a benefit on the line, in the order their first rule applied. */
function plansOf(line: PricedLine): string[] {
  return [...new Set(line.applied.map((rule) => rule.plan))];
}

function withTotals(order: PricedOrder, lines: PricedLine[]): PricedOrder {
  return {
    ...order,
    lines,
    discountAmount: sumMoney(lines.map((line) => line.discountAmount)),
    netAmount: sumMoney(lines.map((line) => line.netAmount)),
  };
}
