import { Router } from 'express';
import { z } from 'zod';

import type { Db } from '../../db/prisma-client';
import { buildPriceMatrix } from '../../matrix/build-price-matrix';
import { summarizeMatrix } from '../../matrix/summarize-matrix';
import { businessDateOf } from '../../pricing/business-date';

const matrixParams = z.object({
  code: z.string().min(1),
  version: z.coerce.number().int().min(1),
});
const matrixQuery = z.object({
  date: z.iso.date().optional(),
  /** Percent points: "5", "5%" or "2.5". */
  tolerance: z.string().optional(),
  qty: z.coerce.number().int().min(1).optional(),
  flagged: z.enum(['true', 'false']).optional(),
  /** Only the counts, discounts and flagged groups: what the task pane shows a manager. */
  summary: z.enum(['true', 'false']).optional(),
});

/**
 * The one-price-standard matrix of a plan version; same JSON as `medpromo matrix --json`, or with
 * `summary=true` only its counts, discounts and flagged groups.
 */
export function matrixRoutes(db: Db): Router {
  const router = Router();

  router.get('/plans/:code/versions/:version/matrix', async (req, res) => {
    const { code, version } = matrixParams.parse(req.params);
    const { date, tolerance, qty, flagged, summary } = matrixQuery.parse(req.query);
    const matrix = await buildPriceMatrix(db, {
      planCode: code,
      version,
      date,
      today: businessDateOf(new Date()),
      tolerancePct: tolerance,
      qty,
      // The summary averages over every cell, so it is built from the whole matrix.
      flaggedOnly: flagged === 'true' && summary !== 'true',
    });
    res.json(summary === 'true' ? summarizeMatrix(matrix) : matrix);
  });

  return router;
}
