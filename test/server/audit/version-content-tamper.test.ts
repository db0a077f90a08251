import Database from 'better-sqlite3';

import { verifyAuditChain } from '../../../server/src/audit/verify-audit-chain';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';
import { seedDemoWithExamplePlans } from '../../support/demo-database';

/**
 * Someone with the SQLite file but not the application raises a discount in a submitted version.
 * Every audit event still matched its hash, so `audit verify` said the chain was intact while
 * live orders were priced with the edited rule.
 */
let temp: TempDatabase;
let q4Submitted: number;

beforeEach(async () => {
  temp = await createTempDatabase();
  await seedDemoWithExamplePlans(temp.db, { submittedAt: '2026-12-03T09:00:00Z' });
  const event = await temp.db.auditEvent.findFirstOrThrow({
    where: { action: 'plan.version.submitted', entityId: 'Q4-2026@1' },
  });
  q4Submitted = event.seq;
});

afterEach(() => temp.close());

function editFile(sql: string): void {
  const file = new Database(temp.file);
  const { changes } = file.prepare(sql).run();
  file.close();
  expect(changes).toBe(1);
}

test('an untouched database verifies', async () => {
  expect(await verifyAuditChain(temp.db)).toMatchObject({ ok: true });
});

test.each([
  [
    'a rule value raised from 10.5% to 50%',
    `UPDATE "Rule" SET "data" = replace("data", '"value":"10.5"', '"value":"50"') WHERE "ruleCode" = 'R10'`,
  ],
  [
    'a rule deleted',
    `DELETE FROM "Rule" WHERE "ruleCode" = 'R11' AND "versionId" = (SELECT v."id" FROM "PlanVersion" v JOIN "Plan" p ON p."id" = v."planId" WHERE p."code" = 'Q4-2026')`,
  ],
  [
    'the plan budget raised',
    `UPDATE "PlanVersion" SET "header" = replace("header", '"budget":"300000.00"', '"budget":"900000.00"') WHERE "planId" = (SELECT "id" FROM "Plan" WHERE "code" = 'Q4-2026')`,
  ],
])('%s is an integrity failure naming the version and its submission event', async (_name, sql) => {
  editFile(sql);

  expect(await verifyAuditChain(temp.db)).toEqual({
    ok: false,
    events: expect.any(Number),
    badSeq: q4Submitted,
    reason: `version Q4-2026@1 no longer matches event ${q4Submitted}: its plan row or rules were changed after submission`,
  });
});
