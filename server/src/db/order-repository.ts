/**
 * Confirmed orders, their stored lines and the budget ledger (schema: ConfirmedOrder,
 * ConfirmedLine, BudgetReservation). Amounts are decimal strings, summed as decimals here.
 */
import type { BudgetPolicy } from '../domain/codes';
import type { PlanHeader } from '../domain/plan';
import { Decimal, formatMoney, ZERO } from '../pricing/money';
import type { PricedLineJson } from '../pricing/priced-line-json';
import type { PricingLine } from '../pricing/types';
import type { Db, Tx } from './prisma-client';

/** What replay needs of one plan@version's budget as the order met it. */
export interface BudgetSnapshot {
  plan: string;
  version: number;
  budget: string | null;
  policy: BudgetPolicy;
  /** Ex-VAT spend of the plan committed by earlier orders. */
  committedBefore: string;
}

export interface StoredLineInput {
  line: PricingLine;
  /** VAT rate of a VAT-inclusive (hospital) list price; null for ex-VAT lines. */
  vatRate: string | null;
}

export interface OrderRecord {
  orderNo: string;
  pricingDate: string;
  versions: { plan: string; version: number }[];
  budgets: BudgetSnapshot[];
  totals: { grossAmount: string; discountAmount: string; netAmount: string };
  lines: { input: StoredLineInput; result: PricedLineJson; findings: unknown[] }[];
  /** Ex-VAT amount per plan@version to reserve. */
  reservations: { plan: string; version: number; amount: string }[];
}

/** Committed ex-VAT spend per plan code: Σ RESERVE − Σ RELEASE. */
export async function committedSpend(tx: Db | Tx): Promise<Map<string, Decimal>> {
  const rows = await tx.budgetReservation.findMany({
    select: { planCode: true, kind: true, amount: true },
  });
  const committed = new Map<string, Decimal>();
  for (const row of rows) {
    const amount = new Decimal(row.amount);
    const signed = row.kind === 'RELEASE' ? amount.negated() : amount;
    committed.set(row.planCode, (committed.get(row.planCode) ?? ZERO).plus(signed));
  }
  return committed;
}

/** Budget and policy of every approved version, keyed "PLAN@version". */
export async function approvedBudgets(tx: Db | Tx) {
  const rows = await tx.planVersion.findMany({
    where: { status: 'APPROVED' },
    include: { plan: true },
  });
  return new Map(
    rows.map((row) => {
      const header = JSON.parse(row.header) as PlanHeader;
      const policy: BudgetPolicy = header.budgetPolicy ?? 'TRUNCATE';
      return [`${row.plan.code}@${row.version}`, { budget: header.budget, policy }];
    }),
  );
}

export async function findOrderNumbers(tx: Db | Tx, orderNos: string[]) {
  return tx.confirmedOrder.findMany({
    where: { orderNo: { in: orderNos } },
    select: { orderNo: true, status: true },
  });
}

export async function storeConfirmedOrder(tx: Tx, record: OrderRecord, by: string, now: Date) {
  const order = await tx.confirmedOrder.create({
    data: {
      orderNo: record.orderNo,
      pricingDate: record.pricingDate,
      versions: JSON.stringify(record.versions),
      budgets: JSON.stringify(record.budgets),
      status: 'CONFIRMED',
      ...record.totals,
      confirmedBy: by,
      confirmedAt: now,
    },
  });
  await tx.confirmedLine.createMany({
    data: record.lines.map(({ input, result, findings }) => ({
      orderId: order.id,
      lineNo: result.lineNo,
      sku: result.sku,
      input: JSON.stringify(input),
      result: JSON.stringify(result),
      findings: JSON.stringify(findings),
      netAmount: result.netAmount,
    })),
  });
  await tx.budgetReservation.createMany({
    data: record.reservations.map(({ plan, version, amount }) => ({
      planCode: plan,
      version,
      orderId: order.id,
      kind: 'RESERVE',
      amount,
      by,
      at: now,
    })),
  });
}

export async function findConfirmedOrder(tx: Db | Tx, orderNo: string) {
  return tx.confirmedOrder.findUnique({
    where: { orderNo },
    include: { lines: { orderBy: { lineNo: 'asc' } }, reservations: true },
  });
}

export type ConfirmedOrderRow = NonNullable<Awaited<ReturnType<typeof findConfirmedOrder>>>;

/** Marks the order cancelled and releases what it still holds, per plan@version. */
export async function releaseOrder(tx: Tx, order: ConfirmedOrderRow, by: string, now: Date) {
  const held = new Map<string, { plan: string; version: number; amount: Decimal }>();
  for (const row of order.reservations) {
    const key = `${row.planCode}@${row.version}`;
    const entry = held.get(key) ?? { plan: row.planCode, version: row.version, amount: ZERO };
    const amount = new Decimal(row.amount);
    entry.amount = row.kind === 'RELEASE' ? entry.amount.minus(amount) : entry.amount.plus(amount);
    held.set(key, entry);
  }
  const released = [...held.values()].filter((entry) => entry.amount.gt(0));
  await tx.confirmedOrder.update({
    where: { id: order.id },
    data: { status: 'CANCELLED', cancelledBy: by, cancelledAt: now },
  });
  await tx.budgetReservation.createMany({
    data: released.map(({ plan, version, amount }) => ({
      planCode: plan,
      version,
      orderId: order.id,
      kind: 'RELEASE',
      amount: formatMoney(amount),
      by,
      at: now,
    })),
  });
  return released.map(({ plan, version, amount }) => ({
    plan,
    version,
    amount: formatMoney(amount),
  }));
}
