import { Router } from 'express';
import { z } from 'zod';

import type { Db } from '../../db/prisma-client';
import { priceOrderLines } from '../../orders/price-order-lines';
import { requireFile, uploadedFileName, uploadWorkbook } from '../upload';

/** `plans` is a comma-separated list of CODE@VERSION; absent means the versions in force. */
const priceBody = z.object({
  plans: z
    .string()
    .optional()
    .transform((text) =>
      (text ?? '')
        .split(',')
        .map((ref) => ref.trim())
        .filter(Boolean),
    ),
});

export function pricingRoutes(db: Db): Router {
  const router = Router();

  router.post('/price', uploadWorkbook, async (req, res) => {
    const { plans } = priceBody.parse(req.body ?? {});
    const file = requireFile(req.file);
    res.json(
      await priceOrderLines(db, { file: file.buffer, fileName: uploadedFileName(file), plans }),
    );
  });

  return router;
}
