import type { Tx } from '../db/prisma-client';
import type { AuditAction, AuditEntry } from './audit-actions';
import { canonicalJson, GENESIS_HASH, hashEvent } from './audit-hash';

/**
 * Appends one event to the chain inside the caller's transaction, so the change and its audit
 * record commit or roll back together.
 */
export async function appendAuditEvent<A extends AuditAction>(
  tx: Tx,
  entry: AuditEntry<A>,
  at: Date,
): Promise<void> {
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: 'desc' } });
  const fields = {
    seq: (last?.seq ?? 0) + 1,
    at: at.toISOString(),
    actor: entry.actor,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before === null ? null : canonicalJson(entry.before),
    after: entry.after === null ? null : canonicalJson(entry.after),
    reason: entry.reason ?? null,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await tx.auditEvent.create({ data: { ...fields, hash: hashEvent(fields) } });
}
