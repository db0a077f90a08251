import {
  type BudgetSnapshot,
  findConfirmedOrder,
  type StoredLineInput,
} from '../db/order-repository';
import { findVersion } from '../db/plan-repository';
import { loadEngineRules } from '../db/pricing-repository';
import type { Db } from '../db/prisma-client';
import { IntegrityError, NotFoundError } from '../errors';
import { applyBudgets } from '../pricing/budget';
import { priceOrder } from '../pricing/engine';
import { pricedLineToJson } from '../pricing/priced-line-json';
import { planBudgetsOf, vatDivisorOf } from './budget-book';
import { type Difference, firstDifference } from './first-difference';

export interface ReplayResult {
  orderNo: string;
  status: string;
  lines: number;
  identical: boolean;
  /** The first stored value the replay did not reproduce, with its line. */
  difference: (Difference & { lineNo: number }) | null;
}

/**
 * Prices a confirmed order again from what was stored when it was confirmed: each line's resolved
 * context and list price, the pricing date, the plan@version set and the budget as the order met
 * it. Today's master data and plan versions play no part, so the result must be the stored one.
 */
export async function replayOrder(db: Db, orderNo: string): Promise<ReplayResult> {
  const order = await findConfirmedOrder(db, orderNo);
  if (!order) throw new NotFoundError(`No confirmed order ${orderNo}.`);

  const inputs = order.lines.map((line) => JSON.parse(line.input) as StoredLineInput);
  const rules = await loadEngineRules(db, await versionIds(db, orderNo, order.versions));
  const engine = priceOrder(
    { orderNo, pricingDate: order.pricingDate, lines: inputs.map((input) => input.line) },
    rules,
  );
  const budgets = JSON.parse(order.budgets) as BudgetSnapshot[];
  const replayed = applyBudgets(engine, planBudgetsOf(budgets), vatDivisorOf(inputs)).order;

  let difference: ReplayResult['difference'] = null;
  for (const [index, stored] of order.lines.entries()) {
    const again = replayed.lines[index] ? pricedLineToJson(replayed.lines[index]) : undefined;
    const found = firstDifference(JSON.parse(stored.result), again);
    if (found) {
      difference = { lineNo: stored.lineNo, ...found };
      break;
    }
  }
  const base = { orderNo, status: order.status, lines: order.lines.length };
  return { ...base, identical: difference === null, difference };
}

async function versionIds(db: Db, orderNo: string, stored: string): Promise<number[]> {
  const refs = JSON.parse(stored) as { plan: string; version: number }[];
  return Promise.all(
    refs.map(async (ref) => {
      const found = await findVersion(db, ref.plan, ref.version);
      if (!found)
        throw new IntegrityError(
          `Order ${orderNo} was priced with ${ref.plan}@${ref.version}, which is no longer stored.`,
        );
      return found.id;
    }),
  );
}
