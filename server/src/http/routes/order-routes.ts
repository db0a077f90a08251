import { Router } from 'express';
import { z } from 'zod';

import type { Db } from '../../db/prisma-client';
import { cancelOrder } from '../../orders/cancel-order';
import { confirmOrders, ORDER_ROLES } from '../../orders/confirm-orders';
import { replayOrder } from '../../orders/replay-order';
import { actorOf, requireRole } from '../auth';
import { requireFile, uploadedFileName, uploadWorkbook } from '../upload';

const orderParams = z.object({ orderNo: z.string().min(1).max(100) });

/** Confirming and cancelling orders; the signed-in user is the actor, never a body field. */
export function orderRoutes(db: Db): Router {
  const router = Router();

  router.post(
    '/orders/confirm',
    requireRole(db, ...ORDER_ROLES),
    uploadWorkbook,
    async (req, res) => {
      const file = requireFile(req.file);
      const result = await confirmOrders(db, {
        file: file.buffer,
        fileName: uploadedFileName(file),
        user: actorOf(res).login,
        now: new Date(),
      });
      res.status(201).json(result);
    },
  );

  router.post('/orders/:orderNo/cancel', requireRole(db, ...ORDER_ROLES), async (req, res) => {
    const { orderNo } = orderParams.parse(req.params);
    res.json(await cancelOrder(db, { orderNo, user: actorOf(res).login, now: new Date() }));
  });

  router.get('/orders/:orderNo/replay', async (req, res) => {
    const { orderNo } = orderParams.parse(req.params);
    res.json(await replayOrder(db, orderNo));
  });

  return router;
}
