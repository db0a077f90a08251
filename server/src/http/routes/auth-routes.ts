import { Router } from 'express';
import { z } from 'zod';

import { signIn, signOut } from '../../access/accounts';
import type { Db } from '../../db/prisma-client';
import { actorOf, requireSignIn } from '../auth';

const signInBody = z.object({ login: z.string().trim().min(1), password: z.string().min(1) });

export function authRoutes(db: Db): Router {
  const router = Router();

  router.post('/auth/login', async (req, res) => {
    const { login, password } = signInBody.parse(req.body ?? {});
    res.json(await signIn(db, login, password, new Date()));
  });

  router.post('/auth/logout', requireSignIn(db), async (req, res) => {
    const token = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
    if (token) await signOut(db, token, new Date());
    res.status(204).end();
  });

  router.get('/me', requireSignIn(db), (_req, res) => {
    res.json({ user: actorOf(res) });
  });

  return router;
}
