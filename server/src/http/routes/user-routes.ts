import { Router } from 'express';
import { z } from 'zod';

import { addUser, createApiKey, disableUser, listUsers } from '../../access/accounts';
import type { Db } from '../../db/prisma-client';
import { actorOf, requireRole } from '../auth';

const newUserBody = z.object({
  login: z.string().trim().min(1).max(64),
  displayName: z.string().trim().min(1),
  password: z.string().min(8).optional(),
  roles: z.array(z.string()).min(1),
  provinces: z.array(z.string()).default([]),
  channels: z.array(z.string()).default([]),
});
const loginParams = z.object({ login: z.string().min(1) });
const apiKeyBody = z.object({ name: z.string().trim().min(1) });

/** Accounts are the admin's (SPEC §1). */
export function userRoutes(db: Db): Router {
  const router = Router();
  router.use('/users', requireRole(db, 'admin'));

  router.get('/users', async (_req, res) => res.json({ users: await listUsers(db) }));

  router.post('/users', async (req, res) => {
    const user = await addUser(
      db,
      newUserBody.parse(req.body ?? {}),
      actorOf(res).login,
      new Date(),
    );
    res.status(201).json({ user });
  });

  router.post('/users/:login/disable', async (req, res) => {
    const { login } = loginParams.parse(req.params);
    await disableUser(db, login, actorOf(res).login, new Date());
    res.status(204).end();
  });

  router.post('/users/:login/api-keys', async (req, res) => {
    const { login } = loginParams.parse(req.params);
    const { name } = apiKeyBody.parse(req.body ?? {});
    res.status(201).json(await createApiKey(db, login, name, actorOf(res).login, new Date()));
  });

  return router;
}
