import type { Db } from '../../server/src/db/prisma-client';
import { buildExamplePlanWorkbook } from '../../server/src/demo';
import { seedDemo } from '../../server/src/master/seed-demo-company';
import { submitPlanWorkbook } from '../../server/src/plans/submit-plan-workbook';
import { approveThroughRoute } from './approve-through-route';

export interface DemoPlansOptions {
  /** When li.planner submits the example plan workbook (ZJ-2026 and Q4-2026, version 1). */
  submittedAt: string;
  /** Plans walked through their whole approval route, so their version 1 prices live orders. */
  approve?: string[];
  approvedAt?: string;
}

/** The demo company seeded on 2026-12-01 with its example plans submitted, some approved. */
export async function seedDemoWithExamplePlans(db: Db, options: DemoPlansOptions): Promise<void> {
  await seedDemo(db, { now: new Date('2026-12-01T00:00:00Z') });
  await submitPlanWorkbook(db, {
    file: await buildExamplePlanWorkbook(),
    fileName: 'plan.xlsx',
    user: 'li.planner',
    now: new Date(options.submittedAt),
  });
  for (const plan of options.approve ?? []) {
    await approveThroughRoute(db, plan, 1, new Date(options.approvedAt ?? options.submittedAt));
  }
}
