import { appendAuditEvent } from '../audit/audit-log';
import type { Actor } from '../approvals/version-lifecycle';
import {
  findUser,
  findUserByApiKeyHash,
  findUserByTokenHash,
  listUserRows,
  toActor,
} from '../db/user-repository';
import type { Db, Tx } from '../db/prisma-client';
import { BadRequestError, ConflictError, NotFoundError, UnauthorizedError } from '../errors';
import { hashPassword, verifyPassword } from './password';
import { isRole, type Role } from './roles';
import { resolveScopeProvinces } from './scope';
import { hashSecret, newSecret, TOKEN_LIFETIME_MS } from './tokens';
import { CHANNELS, resolveCode } from '../domain/codes';

export interface NewUser {
  login: string;
  displayName: string;
  password?: string;
  roles: string[];
  provinces: string[];
  channels: string[];
}

/** Adds a user; provinces may be codes, names or regions (华东), channels codes or labels. */
export async function addUser(db: Db, input: NewUser, by: string, now: Date) {
  const roles = input.roles.map((role) => role.trim().toLowerCase());
  const badRoles = roles.filter((role) => !isRole(role));
  const { provinces, unknown } = resolveScopeProvinces(input.provinces);
  const channels = input.channels.map((channel) => resolveCode(CHANNELS, channel));
  if (badRoles.length > 0) throw new BadRequestError(`Unknown role(s): ${badRoles.join(', ')}.`);
  if (roles.length === 0) throw new BadRequestError('Give the user at least one role.');
  if (unknown.length > 0)
    throw new BadRequestError(`Unknown province(s) or region(s): ${unknown.join(', ')}.`);
  if (channels.includes(undefined))
    throw new BadRequestError(`Unknown channel in: ${input.channels.join(', ')}.`);

  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return db.$transaction(async (tx) => {
    if (await findUser(tx, input.login))
      throw new ConflictError(`User ${input.login} already exists.`);
    const user = await tx.user.create({
      data: {
        login: input.login,
        displayName: input.displayName,
        passwordHash,
        roles: JSON.stringify(roles),
        provinces: JSON.stringify(provinces),
        channels: JSON.stringify(channels),
      },
    });
    await appendAuditEvent(
      tx,
      {
        actor: by,
        action: 'user.added',
        entityType: 'User',
        entityId: input.login,
        before: null,
        after: { login: input.login, roles, provinces, channels: channels as string[] },
      },
      now,
    );
    return toActor(user);
  });
}

export async function listUsers(db: Db) {
  return (await listUserRows(db)).map((user) => ({
    ...toActor(user),
    displayName: user.displayName,
    disabled: user.disabled,
  }));
}

export async function disableUser(db: Db, login: string, by: string, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await findUser(tx, login);
    if (!user) throw new NotFoundError(`No user ${login}.`);
    await tx.user.update({ where: { login }, data: { disabled: true } });
    await tx.authToken.updateMany({
      where: { userId: user.id, revokedAt: null },
      data: { revokedAt: now },
    });
    await appendAuditEvent(
      tx,
      {
        actor: by,
        action: 'user.disabled',
        entityType: 'User',
        entityId: login,
        before: { disabled: user.disabled },
        after: { disabled: true },
      },
      now,
    );
  });
}

/** Checks a password and returns a new bearer token, shown once. */
export async function signIn(db: Db, login: string, password: string, now: Date) {
  const user = await findUser(db, login);
  const valid =
    user &&
    !user.disabled &&
    user.passwordHash &&
    (await verifyPassword(password, user.passwordHash));
  if (!user || !valid) {
    await auditRefusedSignIn(db, login, user, now);
    throw new UnauthorizedError('Wrong login or password, or the account is disabled.');
  }

  const token = newSecret('mpt');
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS);
  await db.$transaction(async (tx) => {
    await tx.authToken.create({
      data: { tokenHash: hashSecret(token), userId: user.id, expiresAt },
    });
    await appendAuditEvent(
      tx,
      {
        actor: login,
        action: 'user.signed-in',
        entityType: 'User',
        entityId: login,
        before: null,
        after: { expiresAt: expiresAt.toISOString() },
      },
      now,
    );
  });
  return {
    token,
    expiresAt: expiresAt.toISOString(),
    user: { ...toActor(user), displayName: user.displayName },
  };
}

/** Failed sign-ins are evidence an auditor asks for (guessing, a disabled account still in use). */
async function auditRefusedSignIn(
  db: Db,
  login: string,
  user: { disabled: boolean } | null,
  now: Date,
): Promise<void> {
  await db.$transaction((tx) =>
    appendAuditEvent(
      tx,
      {
        actor: login.slice(0, 64),
        action: 'user.sign-in-refused',
        entityType: 'User',
        entityId: login.slice(0, 64),
        before: null,
        after: { known: user !== null, disabled: user?.disabled ?? false },
      },
      now,
    ),
  );
}

export async function signOut(db: Db, token: string, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const stored = await tx.authToken.findUnique({
      where: { tokenHash: hashSecret(token) },
      include: { user: true },
    });
    if (!stored || stored.revokedAt) return;
    await tx.authToken.update({ where: { id: stored.id }, data: { revokedAt: now } });
    await appendAuditEvent(
      tx,
      {
        actor: stored.user.login,
        action: 'user.signed-out',
        entityType: 'User',
        entityId: stored.user.login,
        before: null,
        after: { revoked: 1 },
      },
      now,
    );
  });
}

/** Creates an API key for an integration that acts as `login`; the key is shown once. */
export async function createApiKey(db: Db, login: string, name: string, by: string, now: Date) {
  const key = newSecret('mpk');
  await db.$transaction(async (tx) => {
    const user = await findUser(tx, login);
    if (!user) throw new NotFoundError(`No user ${login}.`);
    await tx.apiKey.create({ data: { name, keyHash: hashSecret(key), userId: user.id } });
    await appendAuditEvent(
      tx,
      {
        actor: by,
        action: 'apikey.created',
        entityType: 'User',
        entityId: login,
        before: null,
        after: { name, login },
      },
      now,
    );
  });
  return { key, name, login };
}

/** The acting user for a bearer token or API key; null when neither is valid. */
export async function authenticate(
  db: Db,
  credential: { token?: string; apiKey?: string },
  now: Date,
): Promise<Actor | null> {
  const user = credential.token
    ? await findUserByTokenHash(db, hashSecret(credential.token), now)
    : credential.apiKey
      ? await findUserByApiKeyHash(db, hashSecret(credential.apiKey))
      : null;
  return user && !user.disabled ? toActor(user) : null;
}

/** The named user as an actor, for the CLI and use-cases; disabled users may not act. */
export async function requireActor(db: Db | Tx, login: string): Promise<Actor> {
  const user = await findUser(db, login);
  if (!user) throw new NotFoundError(`No user ${login}; add one with "medpromo users add".`);
  if (user.disabled) throw new UnauthorizedError(`User ${login} is disabled.`);
  return toActor(user);
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}
