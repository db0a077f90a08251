/**
 * price --confirm and cancel-order as use-cases on a temp database: the budget of SPEC §4 step 6
 * with hand-computed amounts, the ledger, refusals that change nothing, and the audit events.
 */
import { addUser } from '../../../server/src/access/accounts';
import { verifyAuditChain } from '../../../server/src/audit/verify-audit-chain';
import { committedSpend } from '../../../server/src/db/order-repository';
import { cancelOrder } from '../../../server/src/orders/cancel-order';
import { confirmOrders } from '../../../server/src/orders/confirm-orders';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';
import { ordersCsv, setUpBudgetPlans, SKUS } from './budget-fixture';

let temp: TempDatabase;
const now = new Date('2026-12-03T02:00:00Z');

beforeAll(async () => {
  temp = await createTempDatabase();
  await setUpBudgetPlans(temp);
});

afterAll(() => temp.close());

function confirm(lines: Parameters<typeof ordersCsv>[0], user = 'li.planner') {
  return confirmOrders(temp.db, { file: ordersCsv(lines), fileName: 'o.csv', user, now });
}

async function committed(plan: string): Promise<string> {
  return ((await committedSpend(temp.db)).get(plan) ?? 0).toFixed(2);
}

async function counts() {
  return {
    orders: await temp.db.confirmedOrder.count(),
    lines: await temp.db.confirmedLine.count(),
    ledger: await temp.db.budgetReservation.count(),
    audit: await temp.db.auditEvent.count(),
  };
}

describe('budget 1,000.00 with 900.00 spent and two lines of 80.00 benefit each', () => {
  it('TRUNCATE gives 80.00 + 20.00', async () => {
    // Ten units at 90.00 off: 900.00 of BT's 1,000.00.
    await confirm([['T-PRE', 1, SKUS.BT_SPEND, 10]]);
    expect(await committed('BT')).toBe('900.00');

    const result = await confirm([
      ['T-1', 1, SKUS.BT_EIGHTY, 1],
      ['T-1', 2, SKUS.BT_EIGHTY, 1],
    ]);
    const [first, second] = result.lines;
    expect([first.discountAmount, second.discountAmount]).toEqual(['80.00', '20.00']);
    expect([first.netAmount, second.netAmount]).toEqual(['800.00', '860.00']); // 880.00 list
    expect(second.findings).toEqual([
      expect.objectContaining({ code: 'BUDGET_EXCEEDED', severity: 'BLOCK' }),
    ]);
    expect(result.orders).toEqual([
      {
        orderNo: 'T-1',
        netAmount: '1660.00',
        reserved: [{ plan: 'BT', version: 1, amount: '100.00' }],
      },
    ]);
    expect(await committed('BT')).toBe('1000.00');
  });

  it('REJECT_LINE gives 80.00 + 0.00, and the second line pays list price', async () => {
    await confirm([['R-PRE', 1, SKUS.BR_SPEND, 10]]);
    const result = await confirm([
      ['R-1', 1, SKUS.BR_EIGHTY, 1],
      ['R-1', 2, SKUS.BR_EIGHTY, 1],
    ]);
    const [first, second] = result.lines;
    expect([first.discountAmount, second.discountAmount]).toEqual(['80.00', '0.00']);
    expect([first.netAmount, second.netAmount]).toEqual(['1300.00', '1380.00']);
    expect(second.applied).toEqual([]);
    expect(second.trace.at(-1)).toMatchObject({
      kind: 'budget',
      policy: 'REJECT_LINE',
      to: '0.00',
    });
    expect(await committed('BR')).toBe('980.00');
  });

  it('stores each line with its inputs and result', async () => {
    const order = await temp.db.confirmedOrder.findUniqueOrThrow({
      where: { orderNo: 'T-1' },
      include: { lines: { orderBy: { lineNo: 'asc' } } },
    });
    expect(JSON.parse(order.versions)).toEqual([
      { plan: 'BR', version: 1 },
      { plan: 'BT', version: 1 },
    ]);
    expect(JSON.parse(order.budgets)).toContainEqual({
      plan: 'BT',
      version: 1,
      budget: '1000.00',
      policy: 'TRUNCATE',
      committedBefore: '900.00',
    });
    const input = JSON.parse(order.lines[1].input);
    expect(input).toMatchObject({
      vatRate: null,
      line: { sku: SKUS.BT_EIGHTY, listUnitPrice: '880.00', tier: 'T1' },
    });
    expect(JSON.parse(order.lines[1].result)).toMatchObject({ netAmount: '860.00' });
  });
});

describe('refusals change nothing', () => {
  it('refuses an OrderNo that is already confirmed', async () => {
    const before = await counts();
    await expect(
      confirm([
        ['NEW-1', 1, SKUS.BT_EIGHTY, 1],
        ['T-1', 1, SKUS.BT_EIGHTY, 1],
      ]),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('T-1 (confirmed)'),
    });
    expect(await counts()).toEqual(before);
    expect(await committed('BT')).toBe('1000.00');
  });

  it('refuses the whole file when a line cannot be priced', async () => {
    const before = await counts();
    await expect(
      confirm([
        ['NEW-2', 1, SKUS.BT_EIGHTY, 1],
        ['NEW-3', 1, 'NO-SUCH-SKU', 1],
      ]),
    ).rejects.toMatchObject({ code: 'INPUT_REJECTED' });
    expect(await counts()).toEqual(before);
  });

  it('refuses a user without an order role, and audits the refusal', async () => {
    const before = await counts();
    await expect(confirm([['NEW-4', 1, SKUS.BT_EIGHTY, 1]], 'zhou.auditor')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1 });
  });

  it('refuses a planner scoped to 广东 an order of a 浙江 distributor, and audits it', async () => {
    await addUser(
      temp.db,
      {
        login: 'gd.planner',
        displayName: '广东计划员',
        roles: ['planner'],
        provinces: ['广东'],
        channels: [],
      },
      'admin',
      now,
    );
    const before = await counts();
    await expect(confirm([['NEW-5', 1, SKUS.BT_EIGHTY, 1]], 'gd.planner')).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('NEW-5/1 (330000'),
    });
    // The refusal is the one new audit event; no order, line or reservation is stored.
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1 });
    const refusal = await temp.db.auditEvent.findFirst({ where: { actor: 'gd.planner' } });
    expect(refusal?.action).toBe('access.refused');
  });
});

describe('cancel-order', () => {
  it('releases the reservation, so the budget is there again for a new order', async () => {
    const released = await cancelOrder(temp.db, { orderNo: 'T-1', user: 'li.planner', now });
    expect(released.released).toEqual([{ plan: 'BT', version: 1, amount: '100.00' }]);
    expect(await committed('BT')).toBe('900.00');

    const again = await confirm([
      ['T-2', 1, SKUS.BT_EIGHTY, 1],
      ['T-2', 2, SKUS.BT_EIGHTY, 1],
    ]);
    expect(again.lines.map((line) => line.discountAmount)).toEqual(['80.00', '20.00']);
  });

  it('refuses to cancel twice or an unknown order', async () => {
    await expect(
      cancelOrder(temp.db, { orderNo: 'T-1', user: 'li.planner', now }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      cancelOrder(temp.db, { orderNo: 'NOPE', user: 'li.planner', now }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('audits confirmations and cancellations in an intact chain', async () => {
    const events = await temp.db.auditEvent.findMany({
      where: { entityType: 'Order' },
      orderBy: { seq: 'asc' },
    });
    expect(events.map((event) => `${event.action} ${event.entityId}`)).toEqual([
      'order.confirmed T-PRE',
      'order.confirmed T-1',
      'order.confirmed R-PRE',
      'order.confirmed R-1',
      'order.cancelled T-1',
      'order.confirmed T-2',
    ]);
    expect(JSON.parse(events[1].after!)).toMatchObject({
      reserved: ['BT@1 100.00'],
      netAmount: '1660.00',
    });
    expect(await verifyAuditChain(temp.db)).toMatchObject({ ok: true });
  });
});
