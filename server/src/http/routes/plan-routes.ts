import { Router } from 'express';
import { z } from 'zod';

import { findingJson } from '../../cli/format-findings';
import type { Db } from '../../db/prisma-client';
import { diffPlanVersions, listPlanVersions } from '../../plans/plan-history';
import { submitPlanWorkbook } from '../../plans/submit-plan-workbook';
import { validatePlanWorkbook } from '../../plans/validate-plan-workbook';
import { actorOf, requireRole } from '../auth';
import { requireFile, uploadedFileName, uploadWorkbook } from '../upload';

const submitBody = z.object({
  draft: z.enum(['true', 'false']).optional(),
  effectiveFrom: z.iso.date().optional(),
});
const planParams = z.object({ code: z.string().min(1) });
const diffQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

export function planRoutes(db: Db): Router {
  const router = Router();

  router.post(
    '/plans/validate',
    requireRole(db, 'planner', 'manager', 'admin'),
    uploadWorkbook,
    async (req, res) => {
      const { plans, findings } = await validatePlanWorkbook(db, requireFile(req.file).buffer);
      res.json({
        plans: plans.map((plan) => plan.header.planCode),
        findings: findings.map(findingJson),
      });
    },
  );

  router.post('/plans/submit', requireRole(db, 'planner'), uploadWorkbook, async (req, res) => {
    const { draft, effectiveFrom } = submitBody.parse(req.body ?? {});
    const user = actorOf(res).login;
    const file = requireFile(req.file);
    const result = await submitPlanWorkbook(db, {
      file: file.buffer,
      fileName: uploadedFileName(file),
      user,
      now: new Date(),
      draft: draft === 'true',
      effectiveFrom,
    });
    res
      .status(result.versions.length > 0 ? 201 : 200)
      .json({ ...result, findings: result.findings.map(findingJson) });
  });

  router.get('/plans/:code/versions', async (req, res) => {
    const { code } = planParams.parse(req.params);
    res.json({ versions: await listPlanVersions(db, code) });
  });

  router.get('/plans/:code/diff', async (req, res) => {
    const { code } = planParams.parse(req.params);
    const { from, to } = diffQuery.parse(req.query);
    res.json(await diffPlanVersions(db, code, from, to));
  });

  return router;
}
