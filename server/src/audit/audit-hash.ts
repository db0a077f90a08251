import { createHash } from 'node:crypto';

import canonicalize from 'canonicalize';

/** The chain starts from a fixed all-zero hash so the first event is verified like any other. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of a stored event that its hash covers (everything but the hash itself). */
export interface HashedEventFields {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  reason: string | null;
  prevHash: string;
}

/** RFC 8785 canonical JSON, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('Value cannot be represented as canonical JSON');
  return text;
}

/** SHA-256 over the previous hash and the event's canonical JSON (SPEC §8). */
export function hashEvent(event: HashedEventFields): string {
  // Pick the fields by name: a column added to the table later must not change old hashes.
  const { seq, at, actor, action, entityType, entityId, before, after, reason, prevHash } = event;
  const content = { seq, at, actor, action, entityType, entityId, before, after, reason, prevHash };
  return createHash('sha256').update(prevHash).update(canonicalJson(content)).digest('hex');
}
