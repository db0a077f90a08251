import { requireActor } from '../access/accounts';
import { appendAuditEvent } from '../audit/audit-log';
import { findConfirmedOrder, releaseOrder } from '../db/order-repository';
import { type Db } from '../db/prisma-client';
import { takeWriteLock } from '../db/write-lock';
import { ConflictError, NotFoundError } from '../errors';
import { assertMayHandleOrders } from './confirm-orders';

export interface CancelInput {
  orderNo: string;
  user: string;
  now: Date;
}

/** Cancels a confirmed order and releases the budget it reserved, audited, in one transaction. */
export async function cancelOrder(db: Db, input: CancelInput) {
  const actor = await requireActor(db, input.user);
  await assertMayHandleOrders(db, actor, 'cancel orders', input.now);

  return db.$transaction(async (tx) => {
    await takeWriteLock(tx);
    const order = await findConfirmedOrder(tx, input.orderNo);
    if (!order) throw new NotFoundError(`No confirmed order ${input.orderNo}.`);
    if (order.status === 'CANCELLED') {
      throw new ConflictError(
        `Order ${input.orderNo} was already cancelled by ${order.cancelledBy} on ${order.cancelledAt?.toISOString()}.`,
      );
    }
    const released = await releaseOrder(tx, order, actor.login, input.now);
    await appendAuditEvent(
      tx,
      {
        actor: actor.login,
        action: 'order.cancelled',
        entityType: 'Order',
        entityId: input.orderNo,
        before: { status: order.status },
        after: {
          status: 'CANCELLED',
          released: released.map((r) => `${r.plan}@${r.version} ${r.amount}`),
        },
      },
      input.now,
    );
    return { orderNo: input.orderNo, status: 'CANCELLED', released };
  });
}
