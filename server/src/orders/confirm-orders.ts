import { hasRole, requireActor } from '../access/accounts';
import type { Role } from '../access/roles';
import { coversChannels, coversProvinces } from '../access/scope';
import { auditRefusal } from '../approvals/transition-version';
import type { Actor } from '../approvals/version-lifecycle';
import { appendAuditEvent } from '../audit/audit-log';
import { findOrderNumbers, type OrderRecord, storeConfirmedOrder } from '../db/order-repository';
import { type Db, LONG_TRANSACTION, type Tx } from '../db/prisma-client';
import { takeWriteLock } from '../db/write-lock';
import type { Finding } from '../domain/finding';
import { ConflictError, ForbiddenError, InputRejectedError } from '../errors';
import { loadBudgetBook } from './budget-book';
import { type PricedLineOutput, priceOrderLines, type PriceLinesResult } from './price-order-lines';

/** Who may confirm or cancel orders: the order desk works under sales (planners, managers). */
export const ORDER_ROLES: Role[] = ['planner', 'manager', 'admin'];

export interface ConfirmInput {
  file: Buffer;
  fileName: string;
  user: string;
  now: Date;
}

export interface ConfirmResult extends PriceLinesResult {
  orders: { orderNo: string; netAmount: string; reserved: OrderRecord['reservations'] }[];
}

/**
 * Prices an order-lines file against the versions in force and stores every order with its
 * inputs, results and budget reservations, all in one transaction. The write lock is taken
 * before the ledger is read, so a concurrent confirmation waits and then sees this one's spend.
 * A line that cannot be priced or carries a BLOCK finding refuses the whole file; the budget's
 * own BUDGET_EXCEEDED has already been enforced by the cut and does not.
 */
export async function confirmOrders(db: Db, input: ConfirmInput): Promise<ConfirmResult> {
  const actor = await requireActor(db, input.user);
  await assertMayHandleOrders(db, actor, 'confirm orders', input.now);

  const outcome = await db.$transaction(async (tx) => {
    await takeWriteLock(tx);
    const book = await loadBudgetBook(tx);
    const priced = await priceOrderLines(tx, { ...input, plans: [], onPriced: book.apply });
    assertConfirmable(priced.lines);
    const refused = scopeRefusal(actor, book.records);
    if (refused) return { refused };
    await assertNotConfirmed(tx, book.records);

    const findingsOf = new Map(priced.lines.map((l) => [`${l.orderNo}/${l.lineNo}`, l.findings]));
    for (const record of book.records) {
      for (const line of record.lines)
        line.findings = findingsOf.get(`${record.orderNo}/${line.result.lineNo}`) ?? [];
      await storeConfirmedOrder(tx, record, actor.login, input.now);
      await auditConfirmed(tx, record, actor.login, input.now);
    }
    const orders = book.records.map((record) => ({
      orderNo: record.orderNo,
      netAmount: record.totals.netAmount,
      reserved: record.reservations,
    }));
    return { confirmed: { ...priced, orders } };
  }, LONG_TRANSACTION);

  if (outcome.confirmed) return outcome.confirmed;
  // Audited after the transaction that saw the lines, which wrote nothing, has ended.
  await db.$transaction((tx) =>
    auditRefusal(
      tx,
      { actor: actor.login, action: 'confirm orders', now: input.now },
      outcome.refused,
    ),
  );
  throw new ForbiddenError(outcome.refused);
}

/** The CLI names its user and the API signs one in; both meet the same role check here. */
export async function assertMayHandleOrders(
  db: Db,
  actor: Actor,
  action: string,
  now: Date,
): Promise<void> {
  if (hasRole(actor, ...ORDER_ROLES)) return;
  const reason = `To ${action} a user needs the role ${ORDER_ROLES.join(', ')}; ${actor.login} has ${actor.roles.join(', ') || 'none'}.`;
  await db.$transaction((tx) => auditRefusal(tx, { actor: actor.login, action, now }, reason));
  throw new ForbiddenError(reason);
}

/**
 * A user scoped to provinces or channels confirms only orders there (SPEC §8). A line with no
 * province or channel is national business, which only an unscoped user handles.
 */
function scopeRefusal(actor: Actor, records: OrderRecord[]): string | null {
  const outside = records.flatMap((record) =>
    record.lines
      .map(({ input }) => input.line)
      .filter(
        (line) =>
          !coversProvinces(actor.scope, line.province ? [line.province] : []) ||
          !coversChannels(actor.scope, line.channel ? [line.channel] : []),
      )
      .map(
        (line) =>
          `${line.orderNo}/${line.lineNo} (${line.province ?? '—'}, ${line.channel ?? '—'})`,
      ),
  );
  if (outside.length === 0) return null;
  return `${actor.login} is not scoped to the province or channel of order line(s) ${outside.slice(0, 5).join(', ')}${outside.length > 5 ? ` and ${outside.length - 5} more` : ''}; nothing was confirmed.`;
}

function assertConfirmable(lines: PricedLineOutput[]): void {
  const refusing: Finding[] = lines.flatMap((line) =>
    line.findings
      .filter((finding) => finding.severity === 'BLOCK' && finding.code !== 'BUDGET_EXCEEDED')
      .map((finding) => ({
        ...finding,
        message: `Order ${line.orderNo} line ${line.lineNo}: ${finding.message}`,
      })),
  );
  if (refusing.length > 0) {
    throw new InputRejectedError(
      `${refusing.length} blocking problem(s) on the order lines; no order was confirmed.`,
      refusing,
    );
  }
}

async function assertNotConfirmed(tx: Tx, records: OrderRecord[]): Promise<void> {
  const existing = await findOrderNumbers(
    tx,
    records.map((record) => record.orderNo),
  );
  if (existing.length === 0) return;
  const names = existing.map((order) => `${order.orderNo} (${order.status.toLowerCase()})`);
  throw new ConflictError(
    `Already confirmed: ${names.join(', ')}. An order number is confirmed once; cancel-order releases its budget, and a new order needs a new OrderNo. Nothing was saved.`,
  );
}

async function auditConfirmed(tx: Tx, record: OrderRecord, actor: string, now: Date) {
  await appendAuditEvent(
    tx,
    {
      actor,
      action: 'order.confirmed',
      entityType: 'Order',
      entityId: record.orderNo,
      before: null,
      after: {
        pricingDate: record.pricingDate,
        versions: record.versions.map((ref) => `${ref.plan}@${ref.version}`),
        lines: record.lines.length,
        netAmount: record.totals.netAmount,
        reserved: record.reservations.map((r) => `${r.plan}@${r.version} ${r.amount}`),
      },
    },
    now,
  );
}
