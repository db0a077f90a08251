import Database from 'better-sqlite3';

import { appendAuditEvent } from '../../../server/src/audit/audit-log';
import { GENESIS_HASH, hashEvent } from '../../../server/src/audit/audit-hash';
import { verifyAuditChain } from '../../../server/src/audit/verify-audit-chain';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';

let temp: TempDatabase;

beforeEach(async () => {
  temp = await createTempDatabase();
  for (const version of [1, 2, 3]) {
    await temp.db.$transaction((tx) =>
      appendAuditEvent(
        tx,
        {
          actor: 'li.planner',
          action: 'plan.version.submitted',
          entityType: 'PlanVersion',
          entityId: `Q4-2026@${version}`,
          before: version === 1 ? null : { version: version - 1, sha256: 'a'.repeat(64) },
          after: {
            version,
            status: 'SUBMITTED',
            sha256: 'b'.repeat(64),
            sourceFile: 'plan.xlsx',
            ruleCount: 8,
            contentHash: 'c'.repeat(64),
            warnings: 0,
          },
        },
        new Date(`2026-12-0${version}T08:00:00Z`),
      ),
    );
  }
});

afterEach(() => temp.close());

/** Edits the SQLite file directly, as someone with file access but no application would. */
function tamper(sql: string): void {
  const raw = new Database(temp.file);
  raw.prepare(sql).run();
  raw.close();
}

describe('audit chain', () => {
  it('links each event to the previous hash, starting from the genesis hash', async () => {
    const events = await temp.db.auditEvent.findMany({ orderBy: { seq: 'asc' } });
    expect(events.map((event) => event.seq)).toEqual([1, 2, 3]);
    expect(events[0].prevHash).toBe(GENESIS_HASH);
    expect(events[1].prevHash).toBe(events[0].hash);
    expect(events[2].prevHash).toBe(events[1].hash);
    expect(events[2].hash).toBe(hashEvent(events[2]));
    expect(events[0].after).toContain('"ruleCount":8');
  });

  it('verifies an untouched chain', async () => {
    const verdict = await verifyAuditChain(temp.db);
    expect(verdict).toEqual({
      ok: true,
      events: 3,
      lastHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it.each([
    ['actor', `UPDATE "AuditEvent" SET actor = 'someone.else' WHERE seq = 2`],
    [
      'payload',
      `UPDATE "AuditEvent" SET "after" = replace("after", '"ruleCount":8', '"ruleCount":9') WHERE seq = 2`,
    ],
    ['time', `UPDATE "AuditEvent" SET at = '2026-12-02T09:00:00.000Z' WHERE seq = 2`],
    ['entity', `UPDATE "AuditEvent" SET "entityId" = 'Q4-2026@7' WHERE seq = 2`],
  ])('names event 2 when its %s is edited in the file', async (_what, sql) => {
    tamper(sql);
    const verdict = await verifyAuditChain(temp.db);
    expect(verdict).toMatchObject({ ok: false, badSeq: 2 });
  });

  it('finds a deleted event', async () => {
    tamper(`DELETE FROM "AuditEvent" WHERE seq = 2`);
    const verdict = await verifyAuditChain(temp.db);
    expect(verdict).toMatchObject({ ok: false, badSeq: 3 });
    expect(verdict.ok ? '' : verdict.reason).toContain('event 2 is missing');
  });

  it('finds an edit that also recomputes the edited event hash (the next link breaks)', async () => {
    const events = await temp.db.auditEvent.findMany({ orderBy: { seq: 'asc' } });
    const forged = { ...events[1], actor: 'someone.else' };
    tamper(
      `UPDATE "AuditEvent" SET actor = 'someone.else', hash = '${hashEvent(forged)}' WHERE seq = 2`,
    );
    const verdict = await verifyAuditChain(temp.db);
    expect(verdict).toMatchObject({ ok: false, badSeq: 3 });
  });

  it('finds deleted newest events only against a head hash recorded earlier', async () => {
    const before = await verifyAuditChain(temp.db);
    const recordedHead = before.ok ? before.lastHash : '';
    tamper(`DELETE FROM "AuditEvent" WHERE seq = 3`);

    // The shorter chain links perfectly on its own: that is why the head is kept elsewhere.
    expect(await verifyAuditChain(temp.db)).toMatchObject({ ok: true, events: 2 });
    const verdict = await verifyAuditChain(temp.db, { recordedHead });
    expect(verdict).toMatchObject({ ok: false, events: 2, badSeq: 3 });
    expect(verdict.ok ? '' : verdict.reason).toContain(`recorded head ${recordedHead}`);
  });

  it('accepts an older recorded head that is still in a longer chain', async () => {
    const first = (await temp.db.auditEvent.findFirstOrThrow({ where: { seq: 1 } })).hash;
    expect(await verifyAuditChain(temp.db, { recordedHead: first })).toMatchObject({
      ok: true,
      events: 3,
    });
  });
});
