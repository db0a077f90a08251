/**
 * OrderCap for line rules (SPEC 4 step 6): a rule's total over the order's lines is capped, and
 * the capped total is allocated over those lines pro rata to their uncapped amounts by largest
 * remainder. Each capped rule's shares become ceilings and the affected lines are priced again,
 * so a SEQUENTIAL rule after a capped one works on the capped running net. Rules are capped one at
 * a time in input order; each is capped at most once, so this ends after at most one pass per
 * rule.
 */
import { applyLineRules, type LineOutcome, type OrderCapCeilings } from './line-application';
import type { LineSelection } from './line-selection';
import { allocateLargestRemainder, sumMoney, type Decimal } from './money';
import type { PreparedRule } from './prepared-rule';

interface RuleTotal {
  rule: PreparedRule;
  cap: Decimal;
  lineIndices: number[];
  amounts: Decimal[];
}

export function enforceOrderCaps(
  selections: readonly LineSelection[],
  outcomes: LineOutcome[],
  ceilings: OrderCapCeilings,
): void {
  for (;;) {
    const over = firstRuleOverCap(outcomes, ceilings);
    if (!over) return;

    const uncappedTotal = sumMoney(over.amounts);
    const parts = allocateLargestRemainder(over.cap, over.amounts);
    const shares = new Map(
      over.lineIndices.map((index, k) => [index, { part: parts[k], cap: over.cap, uncappedTotal }]),
    );
    ceilings.set(over.rule.id, shares);
    for (const index of over.lineIndices)
      outcomes[index] = applyLineRules(selections[index], ceilings);
  }
}

function firstRuleOverCap(
  outcomes: readonly LineOutcome[],
  ceilings: OrderCapCeilings,
): RuleTotal | undefined {
  const totals = new Map<number, RuleTotal>();
  outcomes.forEach((outcome, index) => {
    for (const { rule, amount } of outcome.granted) {
      if (rule.orderCap === null || ceilings.has(rule.id)) continue;
      const total = totals.get(rule.id) ?? {
        rule,
        cap: rule.orderCap,
        lineIndices: [],
        amounts: [],
      };
      totals.set(rule.id, total);
      total.lineIndices.push(index);
      total.amounts.push(amount);
    }
  });
  const over = [...totals.values()].filter((total) => sumMoney(total.amounts).gt(total.cap));
  return over.sort((a, b) => a.rule.id - b.rule.id)[0];
}
