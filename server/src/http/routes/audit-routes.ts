import { Router } from 'express';

import { verifyAuditChain } from '../../audit/verify-audit-chain';
import type { Db } from '../../db/prisma-client';

export function auditRoutes(db: Db): Router {
  const router = Router();

  /** 200 with `ok: true` when intact; 409 naming the first bad event when not. */
  router.get('/audit/verify', async (_req, res) => {
    const verdict = await verifyAuditChain(db);
    res.status(verdict.ok ? 200 : 409).json(verdict);
  });

  return router;
}
