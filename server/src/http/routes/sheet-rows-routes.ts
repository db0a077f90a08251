import { Router } from 'express';
import { z } from 'zod';

import { findingJson } from '../../cli/format-findings';
import type { Db } from '../../db/prisma-client';
import { priceOrderLines } from '../../orders/price-order-lines';
import { planSheetLayout } from '../../plans/plan-sheet-layout';
import { submitPlanWorkbook } from '../../plans/submit-plan-workbook';
import { loadVersionRows } from '../../plans/version-rows';
import { validatePlanWorkbook } from '../../plans/validate-plan-workbook';
import { workbookFromRows } from '../../workbook/rows-to-workbook';
import { actorOf, requireRole } from '../auth';

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const sheetRows = z.object({
  name: z.string().min(1).max(31),
  header: z.array(z.string()),
  firstRow: z.number().int().min(2),
  rows: z.array(z.array(cell)),
});
const rowsBody = z.object({ sheets: z.array(sheetRows).min(1) });
const submitRowsBody = rowsBody.extend({
  draft: z.boolean().optional(),
  effectiveFrom: z.iso.date().optional(),
});
const priceRowsBody = rowsBody.extend({ plans: z.array(z.string().min(1)).default([]) });
const layoutQuery = z.object({ lang: z.enum(['zh-CN', 'en']).default('zh-CN') });
const versionParams = z.object({
  code: z.string().min(1),
  version: z.coerce.number().int().min(1),
});

/** Where the rebuilt workbook came from, as recorded on a version. */
const ADD_IN_FILE = 'Excel add-in';

/**
 * The Excel add-in's JSON twins of the upload endpoints: sheet rows are rebuilt into a workbook
 * and go through the very same parsing, validation and use-cases, so findings carry the sheet,
 * row and column the planner sees.
 */
export function sheetRowsRoutes(db: Db): Router {
  const router = Router();

  router.get('/plan-layout', async (req, res) => {
    const { lang } = layoutQuery.parse(req.query);
    res.json(await planSheetLayout(db, lang));
  });

  router.get('/plans/:code/versions/:version/rows', async (req, res) => {
    const { code, version } = versionParams.parse(req.params);
    const { lang } = layoutQuery.parse(req.query);
    res.json({ sheets: await loadVersionRows(db, code, version, lang) });
  });

  router.post(
    '/plans/validate-rows',
    requireRole(db, 'planner', 'manager', 'admin'),
    async (req, res) => {
      const { sheets } = rowsBody.parse(req.body);
      const { plans, findings } = await validatePlanWorkbook(db, await workbookFromRows(sheets));
      res.json({
        plans: plans.map((plan) => plan.header.planCode),
        findings: findings.map(findingJson),
      });
    },
  );

  router.post('/plans/submit-rows', requireRole(db, 'planner'), async (req, res) => {
    const { sheets, draft, effectiveFrom } = submitRowsBody.parse(req.body);
    const result = await submitPlanWorkbook(db, {
      file: await workbookFromRows(sheets),
      fileName: ADD_IN_FILE,
      user: actorOf(res).login,
      now: new Date(),
      draft: draft === true,
      effectiveFrom,
    });
    res
      .status(result.versions.length > 0 ? 201 : 200)
      .json({ ...result, findings: result.findings.map(findingJson) });
  });

  router.post('/price-rows', async (req, res) => {
    const { sheets, plans } = priceRowsBody.parse(req.body);
    const file = await workbookFromRows(sheets);
    res.json(await priceOrderLines(db, { file, fileName: 'lines.xlsx', plans }));
  });

  return router;
}
