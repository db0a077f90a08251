import { Router } from 'express';
import { z } from 'zod';

import { inboxFor, submissionsOf } from '../../approvals/inbox';
import { transitionVersion } from '../../approvals/transition-version';
import { versionDetail } from '../../approvals/version-detail';
import type { Db } from '../../db/prisma-client';
import { actorOf } from '../auth';

const versionParams = z.object({
  code: z.string().min(1),
  version: z.coerce.number().int().min(1),
  action: z.enum(['submit', 'approve', 'reject', 'reopen', 'close']),
});
const detailParams = versionParams.omit({ action: true });
const decisionBody = z.object({
  comment: z.string().optional(),
  step: z.coerce.number().int().optional(),
});

/** Who may act is decided by the lifecycle's guards (role, scope, author, steps), not here. */
export function approvalRoutes(db: Db): Router {
  const router = Router();

  router.get('/inbox', async (_req, res) => res.json({ items: await inboxFor(db, actorOf(res)) }));

  router.get('/submissions', async (_req, res) => {
    res.json({ items: await submissionsOf(db, actorOf(res).login) });
  });

  router.get('/plans/:code/versions/:version', async (req, res) => {
    const { code, version } = detailParams.parse(req.params);
    res.json(await versionDetail(db, code, version));
  });

  router.post('/plans/:code/versions/:version/:action', async (req, res) => {
    const { code, version, action } = versionParams.parse(req.params);
    const { comment, step } = decisionBody.parse(req.body ?? {});
    const result = await transitionVersion(db, {
      planCode: code,
      version,
      action,
      actor: actorOf(res).login,
      comment,
      step,
      now: new Date(),
    });
    res.json(result);
  });

  return router;
}
