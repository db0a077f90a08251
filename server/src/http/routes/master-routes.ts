import { Router } from 'express';
import { z } from 'zod';

import {
  listDistributors,
  listHospitals,
  listPriceListEntries,
  listProducts,
} from '../../db/master-repository';
import type { Db } from '../../db/prisma-client';
import { importMasterData } from '../../master/import-master-data';
import { buildTemplateWorkbook } from '../../plans/build-template';
import { actorOf, requireRole } from '../auth';
import { requireFile, uploadedFileName, uploadWorkbook } from '../upload';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const templateQuery = z.object({ lang: z.enum(['zh-CN', 'en']).default('zh-CN') });

export function masterRoutes(db: Db): Router {
  const router = Router();

  router.get('/products', async (_req, res) => res.json({ products: await listProducts(db) }));
  router.get('/hospitals', async (_req, res) => res.json({ hospitals: await listHospitals(db) }));
  router.get('/distributors', async (_req, res) =>
    res.json({ distributors: await listDistributors(db) }),
  );
  router.get('/price-lists', async (_req, res) =>
    res.json({ entries: await listPriceListEntries(db) }),
  );

  router.get('/template', async (req, res) => {
    const { lang } = templateQuery.parse(req.query);
    const workbook = await buildTemplateWorkbook(db, lang);
    res.type(XLSX).attachment(`medpromo-plan-template-${lang}.xlsx`).send(workbook);
  });

  router.post('/master/import', requireRole(db, 'admin'), uploadWorkbook, async (req, res) => {
    const user = actorOf(res).login;
    const file = requireFile(req.file);
    const result = await importMasterData(db, {
      file: file.buffer,
      fileName: uploadedFileName(file),
      user,
      now: new Date(),
    });
    res.json(result);
  });

  return router;
}
