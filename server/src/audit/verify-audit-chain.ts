import type { Db } from '../db/prisma-client';
import { GENESIS_HASH, hashEvent } from './audit-hash';
import { verifyVersionContents } from './verify-version-contents';

export type ChainVerdict =
  | { ok: true; events: number; lastHash: string }
  | { ok: false; events: number; badSeq: number; reason: string };

const PAGE = 5_000;

/**
 * Walks the chain in order. An edited event no longer matches its hash; a deleted one leaves a
 * gap in the sequence and a broken link; an inserted or reordered one breaks the link after it.
 * Then every submitted version's stored content is checked against its submission event.
 */
export async function verifyAuditChain(
  db: Db,
  options: { recordedHead?: string } = {},
): Promise<ChainVerdict> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let headSeen = options.recordedHead === undefined;

  for (;;) {
    const page = await db.auditEvent.findMany({
      where: { seq: { gte: expectedSeq } },
      orderBy: { seq: 'asc' },
      take: PAGE,
    });
    for (const event of page) {
      const problem = checkEvent(event, expectedSeq, prevHash);
      if (problem)
        return { ok: false, events: expectedSeq - 1, badSeq: event.seq, reason: problem };
      if (event.hash === options.recordedHead) headSeen = true;
      prevHash = event.hash;
      expectedSeq += 1;
    }
    if (page.length >= PAGE) continue;
    if (!headSeen) return missingHead(expectedSeq - 1, options.recordedHead!);
    return contentVerdict(db, expectedSeq - 1, prevHash);
  }
}

/**
 * Deleting the newest events leaves a shorter chain that links perfectly; only a head hash kept
 * outside the database (printed by an earlier verify) shows that the chain once went further.
 */
function missingHead(events: number, recordedHead: string): ChainVerdict {
  return {
    ok: false,
    events,
    badSeq: events + 1,
    reason: `the recorded head ${recordedHead} is not in the chain of ${events} event(s): events after event ${events} were deleted, or the head belongs to another database`,
  };
}

/** An intact chain still has to vouch for the versions it recorded. */
async function contentVerdict(db: Db, events: number, lastHash: string): Promise<ChainVerdict> {
  const problem = await verifyVersionContents(db);
  if (problem === null) return { ok: true, events, lastHash };
  return { ok: false, events, badSeq: problem.seq, reason: problem.reason };
}

type StoredEvent = Parameters<typeof hashEvent>[0] & { hash: string };

function checkEvent(event: StoredEvent, expectedSeq: number, prevHash: string): string | null {
  if (event.seq !== expectedSeq) {
    return `event ${expectedSeq} is missing (the next stored event is ${event.seq})`;
  }
  if (event.prevHash !== prevHash) {
    return `event ${event.seq} does not link to event ${event.seq - 1} (previous hash differs)`;
  }
  if (hashEvent(event) !== event.hash) {
    return `event ${event.seq} (${event.action} ${event.entityType} ${event.entityId}) was altered: its content no longer matches its hash`;
  }
  return null;
}
