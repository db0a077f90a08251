import { Router } from 'express';

import { verifyAuditChain } from '../../audit/verify-audit-chain';
import type { Db } from '../../db/prisma-client';
import { requireRole } from '../auth';

export function auditRoutes(db: Db): Router {
  const router = Router();

  /** 200 with `ok: true` when intact; 409 naming the first bad event when not. */
  router.get('/audit/verify', requireRole(db, 'auditor', 'admin'), async (_req, res) => {
    const verdict = await verifyAuditChain(db);
    res.status(verdict.ok ? 200 : 409).json(verdict);
  });

  return router;
}
