import { Router } from 'express';
import { z } from 'zod';

import type { Db } from '../../db/prisma-client';
import { buildPriceMatrix } from '../../matrix/build-price-matrix';
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
});

/** The one-price-standard matrix of a plan version; same JSON as `medpromo matrix --json`. */
export function matrixRoutes(db: Db): Router {
  const router = Router();

  router.get('/plans/:code/versions/:version/matrix', async (req, res) => {
    const { code, version } = matrixParams.parse(req.params);
    const { date, tolerance, qty, flagged } = matrixQuery.parse(req.query);
    res.json(
      await buildPriceMatrix(db, {
        planCode: code,
        version,
        date,
        today: businessDateOf(new Date()),
        tolerancePct: tolerance,
        qty,
        flaggedOnly: flagged === 'true',
      }),
    );
  });

  return router;
}
