/**
 * Replay (SPEC §4 step 9): a confirmed order priced again from its stored inputs and rule versions
 * gives exactly the stored result, after the price list, a hospital, the plans in force and the
 * budget ledger have all changed; a stored result that was altered is named with exit code 3.
 */
import { buildExampleOrderLinesWorkbook, buildExamplePlanWorkbook } from '../../../server/src/demo';
import { cancelOrder } from '../../../server/src/orders/cancel-order';
import { confirmOrders } from '../../../server/src/orders/confirm-orders';
import { priceOrderLines } from '../../../server/src/orders/price-order-lines';
import { replayOrder } from '../../../server/src/orders/replay-order';
import { submitPlanWorkbook } from '../../../server/src/plans/submit-plan-workbook';
import { approveThroughRoute } from '../../support/approve-through-route';
import { runCli } from '../../support/run-cli';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';
import { seedDemoWithExamplePlans } from '../../support/demo-database';
import { editWorkbook, setRuleCell } from '../../support/workbook-edit';
import { ordersCsv, setUpBudgetPlans, SKUS } from './budget-fixture';

const ORDERS = ['SO-202612-001', 'SO-202612-002', 'SO-202612-003'];

describe('replay after master data and plans changed', () => {
  let temp: TempDatabase;
  let lines: Buffer;

  beforeAll(async () => {
    temp = await createTempDatabase();
    await seedDemoWithExamplePlans(temp.db, {
      submittedAt: '2026-12-01T01:00:00Z',
      approve: ['ZJ-2026', 'Q4-2026'],
      approvedAt: '2026-12-01T02:00:00Z',
    });
    lines = await buildExampleOrderLinesWorkbook();
    await confirmOrders(temp.db, {
      file: lines,
      fileName: 'order-lines.xlsx',
      user: 'li.planner',
      now: new Date('2026-12-02T00:00:00Z'),
    });
    await changeEverything(temp);
  });

  afterAll(() => temp.close());

  it('live pricing of the same file now gives other prices', async () => {
    const live = await priceOrderLines(temp.db, { file: lines, fileName: 'o.xlsx', plans: [] });
    const stored = await temp.db.confirmedLine.findMany({ orderBy: { id: 'asc' } });
    const changed = live.lines.filter(
      (line, index) => line.netAmount !== JSON.parse(stored[index].result).netAmount,
    );
    // The doubled distributor prices alone change every line of SO-202612-001.
    expect(changed.length).toBeGreaterThanOrEqual(4);
    expect(live.plans).toContainEqual({ plan: 'ZJ-2026', version: 2 });
  });

  it.each(ORDERS)('%s replays identically', async (orderNo) => {
    const result = await replayOrder(temp.db, orderNo);
    expect(result).toMatchObject({ orderNo, identical: true, difference: null });
    expect(result.lines).toBeGreaterThan(0);
  });

  it('names the first stored value the replay does not reproduce, with exit code 3', async () => {
    const line = await temp.db.confirmedLine.findFirstOrThrow({ where: { lineNo: 2 } });
    const order = await temp.db.confirmedOrder.findUniqueOrThrow({ where: { id: line.orderId } });
    const result = JSON.parse(line.result);
    const original = result.netAmount;
    await temp.db.confirmedLine.update({
      where: { id: line.id },
      data: { result: JSON.stringify({ ...result, netAmount: '1.00' }) },
    });

    expect(await replayOrder(temp.db, order.orderNo)).toMatchObject({
      identical: false,
      difference: { lineNo: 2, path: 'netAmount', stored: '1.00', replayed: original },
    });
    const cli = runCli(['replay', order.orderNo], temp.url);
    expect(cli.code).toBe(3);
    expect(cli.stderr).toContain(`line 2 netAmount: stored "1.00", replayed "${original}"`);
    expect(runCli(['replay', ORDERS[2], '--json'], temp.url).code).toBe(0);
  });
});

/** New distributor prices, a hospital regraded, and ZJ-2026@2 (R01 8% → 12%) in force. */
async function changeEverything(temp: TempDatabase): Promise<void> {
  const prices = await temp.db.priceListEntry.findMany({ where: { audience: 'DISTRIBUTOR' } });
  for (const price of prices) {
    const doubled = (Number(price.unitPrice) * 2).toFixed(2);
    await temp.db.priceListEntry.update({ where: { id: price.id }, data: { unitPrice: doubled } });
  }
  await temp.db.hospital.update({ where: { code: 'GDH001' }, data: { grade: '2A' } });

  const v2 = await editWorkbook(await buildExamplePlanWorkbook(), (workbook) => {
    setRuleCell(workbook, 'ZJ-2026', 'R01', 'Value', 12);
  });
  const submitted = await submitPlanWorkbook(temp.db, {
    file: v2,
    fileName: 'plan-v2.xlsx',
    user: 'li.planner',
    now: new Date('2026-12-02T01:00:00Z'),
    effectiveFrom: '2026-12-01',
  });
  expect(submitted.versions).toEqual([{ plan: 'ZJ-2026', version: 2 }]);
  await approveThroughRoute(temp.db, 'ZJ-2026', 2, new Date('2026-12-02T02:00:00Z'));
}

describe('replay of a budget cut after the ledger changed', () => {
  let temp: TempDatabase;

  beforeAll(async () => {
    temp = await createTempDatabase();
    await setUpBudgetPlans(temp);
  });

  afterAll(() => temp.close());

  it('keeps 80.00 + 20.00 although cancelling the earlier order freed the budget', async () => {
    const now = new Date('2026-12-03T02:00:00Z');
    const confirm = (rows: Parameters<typeof ordersCsv>[0]) =>
      confirmOrders(temp.db, { file: ordersCsv(rows), fileName: 'o.csv', user: 'li.planner', now });
    await confirm([['T-PRE', 1, SKUS.BT_SPEND, 10]]);
    await confirm([
      ['T-1', 1, SKUS.BT_EIGHTY, 1],
      ['T-1', 2, SKUS.BT_EIGHTY, 1],
    ]);
    await cancelOrder(temp.db, { orderNo: 'T-PRE', user: 'li.planner', now });

    expect(await replayOrder(temp.db, 'T-1')).toMatchObject({ identical: true, lines: 2 });
    const stored = await temp.db.confirmedLine.findMany({ orderBy: { lineNo: 'asc' } });
    const cut = stored.filter((line) => line.netAmount === '860.00');
    expect(cut).toHaveLength(1);
    expect(runCli(['replay', 'T-1'], temp.url)).toMatchObject({ code: 0 });
  });
});
