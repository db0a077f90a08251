import { createHash, randomBytes } from 'node:crypto';

/**
 * Sign-in tokens and API keys are random secrets shown once; only their SHA-256 is stored, so a
 * copy of the database gives no one a working credential.
 */
export function newSecret(prefix: 'mpt' | 'mpk'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** How long a sign-in token stays valid: one working day. */
export const TOKEN_LIFETIME_MS = 12 * 60 * 60 * 1000;
