import {
  approvedBudgets,
  type BudgetSnapshot,
  committedSpend,
  type OrderRecord,
  type StoredLineInput,
} from '../db/order-repository';
import type { VersionRef } from '../db/pricing-repository';
import type { Tx } from '../db/prisma-client';
import { applyBudgets, type PlanBudget } from '../pricing/budget';
import { Decimal, formatMoney, ZERO } from '../pricing/money';
import { pricedLineToJson } from '../pricing/priced-line-json';
import type { PricedLine, PricedOrder } from '../pricing/types';
import { priceEntryOn } from './list-price';
import type { PricedOrderInputs } from './price-order-lines';

/** Orders met one after another: each sees the spend the ones before it committed. */
export interface BudgetBook {
  apply(order: PricedOrder, inputs: PricedOrderInputs): PricedOrder;
  /** The orders applied so far, in file order; `findings` are filled in by the caller. */
  records: OrderRecord[];
}

/** Reads the ledger, budgets and VAT rates; call inside the transaction, after the write lock. */
export async function loadBudgetBook(tx: Tx): Promise<BudgetBook> {
  const committed = await committedSpend(tx);
  const limits = await approvedBudgets(tx);
  const prices = await tx.priceListEntry.findMany({ orderBy: { validFrom: 'desc' } });
  const records: OrderRecord[] = [];

  const apply = (order: PricedOrder, inputs: PricedOrderInputs) => {
    const budgets = inputs.versions.map((ref) => snapshotOf(ref, limits, committed));
    const lineInputs = inputs.lines.map((line) => {
      const entry = priceEntryOn(prices, line.sku, line.audience, inputs.pricingDate);
      const vatRate = line.audience === 'HOSPITAL' ? (entry?.vatRate ?? null) : null;
      return { line, vatRate };
    });
    const outcome = applyBudgets(order, planBudgetsOf(budgets), vatDivisorOf(lineInputs));
    for (const [plan, spend] of outcome.spend)
      committed.set(plan, (committed.get(plan) ?? ZERO).plus(spend));
    records.push(recordOf(outcome.order, inputs.versions, budgets, lineInputs, outcome.spend));
    return outcome.order;
  };
  return { apply, records };
}

/** Remaining budget per plan as the order met it; replay rebuilds it from the stored snapshots. */
export function planBudgetsOf(snapshots: BudgetSnapshot[]): Map<string, PlanBudget> {
  return new Map(
    snapshots.map((snapshot) => [
      snapshot.plan,
      {
        policy: snapshot.policy,
        remaining:
          snapshot.budget === null
            ? null
            : new Decimal(snapshot.budget).minus(snapshot.committedBefore),
      },
    ]),
  );
}

/** 1 for ex-VAT lines; 1 + rate for VAT-inclusive ones (the budget is ex-VAT). */
export function vatDivisorOf(inputs: StoredLineInput[]): (line: PricedLine) => Decimal {
  const rates = new Map(inputs.map((input) => [input.line.lineNo, input.vatRate]));
  return (line) => {
    const rate = rates.get(line.lineNo);
    return rate ? new Decimal(rate).plus(1) : new Decimal(1);
  };
}

function snapshotOf(
  ref: VersionRef,
  limits: Awaited<ReturnType<typeof approvedBudgets>>,
  committed: Map<string, Decimal>,
): BudgetSnapshot {
  const limit = limits.get(`${ref.planCode}@${ref.version}`);
  return {
    plan: ref.planCode,
    version: ref.version,
    budget: limit?.budget ?? null,
    policy: limit?.policy ?? 'TRUNCATE',
    committedBefore: formatMoney(committed.get(ref.planCode) ?? ZERO),
  };
}

function recordOf(
  order: PricedOrder,
  versions: VersionRef[],
  budgets: BudgetSnapshot[],
  inputs: StoredLineInput[],
  spend: Map<string, Decimal>,
): OrderRecord {
  const inputOf = new Map(inputs.map((input) => [input.line.lineNo, input]));
  return {
    orderNo: order.orderNo,
    pricingDate: order.pricingDate,
    versions: versions.map((ref) => ({ plan: ref.planCode, version: ref.version })),
    budgets,
    totals: {
      grossAmount: formatMoney(order.grossAmount),
      discountAmount: formatMoney(order.discountAmount),
      netAmount: formatMoney(order.netAmount),
    },
    lines: order.lines.map((line) => ({
      input: inputOf.get(line.lineNo)!,
      result: pricedLineToJson(line),
      findings: [],
    })),
    reservations: budgets
      .filter((snapshot) => spend.get(snapshot.plan)?.gt(0))
      .map(({ plan, version }) => ({ plan, version, amount: formatMoney(spend.get(plan)!) })),
  };
}
