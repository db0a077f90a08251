/**
 * Two plans with a budget of 1,000.00 each, for order and budget tests on the demo company:
 * BT truncates, BR rejects the line. R0 gives 90.00 off per unit (ten units spend 900.00), R1
 * 80.00 off per unit; each rule on its own SKU, all for distributors (ex-VAT, no conversion).
 */
import { seedDemo } from '../../../server/src/master/seed-demo-company';
import { submitPlanWorkbook } from '../../../server/src/plans/submit-plan-workbook';
import { approveThroughRoute } from '../../support/approve-through-route';
import { buildPlanWorkbook } from '../../support/plan-workbook-builder';
import type { TempDatabase } from '../../support/temp-database';

export const SKUS = {
  BT_SPEND: 'DES-3018', // distributor list 2680.00
  BT_EIGHTY: 'BC-2015', // distributor list 880.00
  BR_SPEND: 'NCB-3012', // distributor list 1180.00
  BR_EIGHTY: 'OT-LP08', // distributor list 1380.00
} as const;

export function budgetPlansWorkbook(budget = 1000): Promise<Buffer> {
  const plan = { Start: '2026-10-01', End: '2026-12-31', Budget: budget };
  const rule = (PlanCode: string, RuleCode: string, Products: string, Value: number) => ({
    PlanCode,
    RuleCode,
    Mechanic: 'AMOUNT_OFF',
    Audience: 'DISTRIBUTOR',
    Products,
    Value,
  });
  return buildPlanWorkbook(
    [
      { PlanCode: 'BT', ...plan },
      { PlanCode: 'BR', ...plan, BudgetPolicy: 'REJECT_LINE' },
    ],
    [
      rule('BT', 'R0', SKUS.BT_SPEND, 90),
      rule('BT', 'R1', SKUS.BT_EIGHTY, 80),
      rule('BR', 'R0', SKUS.BR_SPEND, 90),
      rule('BR', 'R1', SKUS.BR_EIGHTY, 80),
    ],
  );
}

/** Demo company, users and the two plans, approved and in force from 2026-10-01. */
export async function setUpBudgetPlans(temp: TempDatabase): Promise<void> {
  await seedDemo(temp.db, { now: new Date('2026-12-01T00:00:00Z') });
  await submitPlanWorkbook(temp.db, {
    file: await budgetPlansWorkbook(),
    fileName: 'budget-plans.xlsx',
    user: 'li.planner',
    now: new Date('2026-12-02T00:00:00Z'),
  });
  await approveThroughRoute(temp.db, 'BT', 1, new Date('2026-12-02T01:00:00Z'));
  await approveThroughRoute(temp.db, 'BR', 1, new Date('2026-12-02T01:00:00Z'));
}

/** Order lines as CSV for distributor D-ZJ01 on 2026-12-03: [orderNo, lineNo, sku, qty]. */
export function ordersCsv(lines: [string, number, string, number][]): Buffer {
  const rows = lines.map(
    ([orderNo, lineNo, sku, qty]) =>
      `${orderNo},${lineNo},2026-12-03,${sku},${qty},DISTRIBUTOR,,D-ZJ01,L${lineNo},2028-06-30`,
  );
  const header = 'OrderNo,LineNo,PricingDate,SKU,Qty,Audience,Hospital,Distributor,Lot,Expiry';
  return Buffer.from([header, ...rows].join('\n'), 'utf8');
}
