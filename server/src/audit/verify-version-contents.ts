import { findVersion, loadVersionContent } from '../db/plan-repository';
import type { Db } from '../db/prisma-client';
import { planContentHash } from '../plans/plan-content-hash';

/** The first version whose stored content no longer matches its audited submission. */
export interface ContentProblem {
  seq: number;
  reason: string;
}

/**
 * The chain proves the events; a version's plan row and rules live in other tables, which a
 * direct edit of the SQLite file could change while every event still verifies. Each submission
 * event records the version's content hash, so recompute it from what is stored now.
 */
export async function verifyVersionContents(db: Db): Promise<ContentProblem | null> {
  const events = await db.auditEvent.findMany({
    where: { action: 'plan.version.submitted' },
    select: { seq: true, entityId: true, after: true },
    orderBy: { seq: 'asc' },
  });
  for (const event of events) {
    const problem = await checkSubmission(db, event);
    if (problem !== null) return { seq: event.seq, reason: problem };
  }
  return null;
}

async function checkSubmission(
  db: Db,
  event: { seq: number; entityId: string; after: string | null },
): Promise<string | null> {
  const at = event.entityId.lastIndexOf('@');
  const [planCode, version] = [event.entityId.slice(0, at), Number(event.entityId.slice(at + 1))];
  const audited = (JSON.parse(event.after ?? '{}') as { contentHash?: string }).contentHash;
  const row = await findVersion(db, planCode, version);
  // Only a stored version is compared: events can be appended without one (history imports, and
  // the chain's own tests), so a missing version is not by itself proof of tampering.
  if (row === null) return null;
  const stored = planContentHash(await loadVersionContent(db, row.id));
  if (stored !== audited || row.contentHash !== audited) {
    return `version ${event.entityId} no longer matches event ${event.seq}: its plan row or rules were changed after submission`;
  }
  return null;
}
