import { Router } from 'express';
import { z } from 'zod';

import { verifyAuditChain } from '../../audit/verify-audit-chain';
import type { Db } from '../../db/prisma-client';
import { requireRole } from '../auth';

/** `head`: a head hash recorded earlier, which must still be in the chain. */
const verifyQuery = z.object({
  head: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[0-9a-f]{64}$/, 'head must be a SHA-256 hash of 64 hexadecimal characters')
    .optional(),
});

export function auditRoutes(db: Db): Router {
  const router = Router();

  /** 200 with `ok: true` when intact; 409 naming the first bad event when not. */
  router.get('/audit/verify', requireRole(db, 'auditor', 'admin'), async (req, res) => {
    const { head } = verifyQuery.parse(req.query);
    const verdict = await verifyAuditChain(db, { recordedHead: head });
    res.status(verdict.ok ? 200 : 409).json(verdict);
  });

  return router;
}
