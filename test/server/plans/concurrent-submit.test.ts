/**
 * Four `medpromo submit` processes send new versions of one plan to one SQLite file at once. A
 * submission reads the plan's latest version and the audit head, then writes; without the write
 * lock taken first, a process whose snapshot went stale failed with a Prisma stack trace.
 */
import fs from 'node:fs';
import path from 'node:path';

import { buildExamplePlanWorkbook } from '../../../server/src/demo';
import { seedDemo } from '../../../server/src/master/seed-demo-company';
import { listPlanVersions } from '../../../server/src/plans/plan-history';
import { verifyAuditChain } from '../../../server/src/audit/verify-audit-chain';
import { runCliAsync } from '../../support/run-cli';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';
import { editWorkbook, setRuleCell } from '../../support/workbook-edit';

let temp: TempDatabase;

beforeAll(async () => {
  temp = await createTempDatabase();
  await seedDemo(temp.db, { now: new Date('2026-12-01T00:00:00Z') });
});

afterAll(() => temp.close());

/** The example workbook with Q4-2026's R11 at `percent`% off: a different version each. */
async function variant(percent: number): Promise<string> {
  const file = path.join(temp.dir, `plan-${percent}.xlsx`);
  const edited = await editWorkbook(await buildExamplePlanWorkbook(), (workbook) => {
    setRuleCell(workbook, 'Q4-2026', 'R11', 'Value', `${percent}%`);
  });
  fs.writeFileSync(file, edited);
  return file;
}

it('stores versions 1 to 4 of Q4-2026 and every process succeeds', async () => {
  const files = await Promise.all([1, 2, 3, 4].map(variant));
  const runs = await Promise.all(
    files.map((file) => runCliAsync(['submit', file, '--user', 'li.planner'], temp.url)),
  );

  expect(runs.map((run) => [run.code, run.stderr])).toEqual(Array(4).fill([0, '']));
  const versions = await listPlanVersions(temp.db, 'Q4-2026');
  expect(versions.map((version) => version.version)).toEqual([1, 2, 3, 4]);
  expect(new Set(versions.map((version) => version.sha256)).size).toBe(4);
  expect(await verifyAuditChain(temp.db)).toMatchObject({ ok: true });
});
