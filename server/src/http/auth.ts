import type { RequestHandler, Response } from 'express';

import { authenticate } from '../access/accounts';
import type { Role } from '../access/roles';
import type { Actor } from '../approvals/version-lifecycle';
import { auditRefusal } from '../approvals/transition-version';
import type { Db } from '../db/prisma-client';
import { ForbiddenError, UnauthorizedError } from '../errors';

/**
 * Every /api request but sign-in carries a bearer token (the add-in cannot rely on cookies: Excel
 * on the web blocks third-party cookies) or an integration's API key.
 */
export function requireSignIn(db: Db): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const apiKey = req.get('x-api-key') ?? undefined;
    if (!token && !apiKey)
      throw new UnauthorizedError('Sign in first: send "Authorization: Bearer <token>".');

    const actor = await authenticate(db, { token, apiKey }, new Date());
    if (!actor)
      throw new UnauthorizedError(
        'The token or API key is wrong, expired or revoked; sign in again.',
      );
    res.locals.actor = actor;
    next();
  };
}

/** Refuses, with a reason and an audit event, anyone without one of the roles. */
export function requireRole(db: Db, ...roles: Role[]): RequestHandler {
  return async (req, res, next) => {
    const actor = actorOf(res);
    if (roles.some((role) => actor.roles.includes(role))) return next();
    const reason = `${req.method} ${req.baseUrl}${req.path} needs the role ${roles.join(' or ')}; ${actor.login} has ${actor.roles.join(', ') || 'none'}.`;
    await db.$transaction((tx) =>
      auditRefusal(
        tx,
        { actor: actor.login, action: `${req.method} ${req.baseUrl}${req.path}`, now: new Date() },
        reason,
      ),
    );
    throw new ForbiddenError(reason);
  };
}

export function actorOf(res: Response): Actor {
  return res.locals.actor as Actor;
}
