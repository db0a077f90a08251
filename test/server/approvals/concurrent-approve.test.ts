/**
 * Approvals decided in several processes at once (the server and a manager's CLI, or two CLIs).
 * Each decision reads the version's state and the audit head, then writes; without the write lock
 * taken first, a process whose snapshot went stale failed with a Prisma stack trace.
 */
import { verifyAuditChain } from '../../../server/src/audit/verify-audit-chain';
import { buildExamplePlanWorkbook } from '../../../server/src/demo';
import { seedDemo } from '../../../server/src/master/seed-demo-company';
import { submitPlanWorkbook } from '../../../server/src/plans/submit-plan-workbook';
import { runCliAsync } from '../../support/run-cli';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';
import { editWorkbook, setRuleCell } from '../../support/workbook-edit';

let temp: TempDatabase;

beforeAll(async () => {
  temp = await createTempDatabase();
  await seedDemo(temp.db, { now: new Date('2026-12-01T00:00:00Z') });
  const example = await buildExamplePlanWorkbook();
  // Versions 1 to 4 of Q4-2026, each waiting for a regional manager first.
  for (const percent of [1, 2, 3, 4]) {
    const file = await editWorkbook(example, (workbook) => {
      setRuleCell(workbook, 'Q4-2026', 'R11', 'Value', `${percent}%`);
    });
    await submitPlanWorkbook(temp.db, {
      file,
      fileName: `plan-${percent}.xlsx`,
      user: 'li.planner',
      now: new Date('2026-12-03T09:00:00Z'),
    });
  }
});

afterAll(() => temp.close());

it('decides the manager step of four versions from four processes, each exactly once', async () => {
  const runs = await Promise.all(
    [1, 2, 3, 4].map((version) =>
      runCliAsync(['approve', `Q4-2026@${version}`, '--user', 'zhang.manager'], temp.url),
    ),
  );

  expect(runs.map((run) => [run.code, run.stderr])).toEqual(Array(4).fill([0, '']));
  // The regional manager's step is decided on each (the edited rules may route on to compliance).
  expect(runs.map((run) => run.stdout)).toEqual(
    [1, 2, 3, 4].map((version) => expect.stringMatching(new RegExp(`^Q4-2026@${version} is now `))),
  );
  const decisions = await temp.db.auditEvent.count({
    where: { action: 'plan.version.transition' },
  });
  expect(decisions).toBe(4);
  expect(await verifyAuditChain(temp.db)).toMatchObject({ ok: true });
});
