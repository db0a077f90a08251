/**
 * Two `medpromo price --confirm` processes race for the same plan budget on one SQLite file
 * (SPEC §4 step 6: two concurrent orders can never both spend the last yuan). Each process
 * confirms 100 orders of one line with 80.00 off, 8,000.00 of benefit against a budget of
 * 1,000.00, so both are still confirming when the budget runs out.
 */
import fs from 'node:fs';
import path from 'node:path';

import { Decimal, sumMoney } from '../../../server/src/pricing/money';
import { runCliAsync } from '../../support/run-cli';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';
import { ordersCsv, setUpBudgetPlans, SKUS } from './budget-fixture';

let temp: TempDatabase;

beforeAll(async () => {
  temp = await createTempDatabase();
  await setUpBudgetPlans(temp);
});

afterAll(() => temp.close());

function ordersFile(prefix: string): string {
  const lines = Array.from({ length: 100 }, (_, index): [string, number, string, number] => [
    `${prefix}-${String(index + 1).padStart(3, '0')}`,
    1,
    SKUS.BT_EIGHTY,
    1,
  ]);
  const file = path.join(temp.dir, `${prefix}.csv`);
  fs.writeFileSync(file, ordersCsv(lines));
  return file;
}

it('never reserves more than the budget, and both processes succeed', async () => {
  const [a, b] = [ordersFile('A'), ordersFile('B')];
  const confirm = (file: string) =>
    runCliAsync(['price', file, '--confirm', '--user', 'li.planner', '--json'], temp.url);
  const runs = await Promise.all([confirm(a), confirm(b)]);

  expect(runs.map((run) => [run.code, run.stderr])).toEqual([
    [0, ''],
    [0, ''],
  ]);
  const ledger = await temp.db.budgetReservation.findMany({ where: { planCode: 'BT' } });
  const reserved = sumMoney(ledger.map((row) => new Decimal(row.amount)));
  // 12 orders of 80.00 and one cut to 40.00 fill 1,000.00 exactly; the other 187 get nothing.
  expect(reserved.toFixed(2)).toBe('1000.00');

  const lines = await temp.db.confirmedLine.findMany();
  expect(lines).toHaveLength(200);
  const discounts = lines.map((line) => new Decimal(JSON.parse(line.result).discountAmount));
  expect(sumMoney(discounts).toFixed(2)).toBe('1000.00');
  expect(discounts.filter((amount) => amount.eq(80))).toHaveLength(12);
  expect(discounts.filter((amount) => amount.eq(40))).toHaveLength(1);
});
