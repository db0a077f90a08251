import type { Role } from '../access/roles';
import type { Actor } from '../approvals/version-lifecycle';
import type { Db, Tx } from './prisma-client';

type UserRow = Awaited<ReturnType<Db['user']['findUniqueOrThrow']>>;

/** A stored user as the rest of the code sees it: roles and scope parsed. */
export function toActor(user: UserRow): Actor {
  return {
    login: user.login,
    roles: JSON.parse(user.roles) as Role[],
    scope: {
      provinces: JSON.parse(user.provinces) as string[],
      channels: JSON.parse(user.channels) as string[],
    },
  };
}

export async function findUser(db: Db | Tx, login: string) {
  return db.user.findUnique({ where: { login } });
}

export async function listUserRows(db: Db) {
  return db.user.findMany({ orderBy: { login: 'asc' } });
}

export async function findUserByTokenHash(db: Db | Tx, tokenHash: string, now: Date) {
  const token = await db.authToken.findUnique({ where: { tokenHash }, include: { user: true } });
  if (!token || token.revokedAt || token.expiresAt <= now) return null;
  return token.user;
}

export async function findUserByApiKeyHash(db: Db | Tx, keyHash: string) {
  const key = await db.apiKey.findUnique({ where: { keyHash }, include: { user: true } });
  if (!key || key.revokedAt) return null;
  return key.user;
}
