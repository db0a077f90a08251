import express, { type Express } from 'express';

import type { Db } from './db/prisma-client';
import { errorHandler } from './http/error-handler';
import { requestLog } from './http/request-log';
import { requireSignIn } from './http/auth';
import { approvalRoutes } from './http/routes/approval-routes';
import { auditRoutes } from './http/routes/audit-routes';
import { authRoutes } from './http/routes/auth-routes';
import { healthRoutes } from './http/routes/health-routes';
import { masterRoutes } from './http/routes/master-routes';
import { orderRoutes } from './http/routes/order-routes';
import { matrixRoutes } from './http/routes/matrix-routes';
import { planRoutes } from './http/routes/plan-routes';
import { pricingRoutes } from './http/routes/pricing-routes';
import { sheetRowsRoutes } from './http/routes/sheet-rows-routes';
import { userRoutes } from './http/routes/user-routes';
import { taskPaneStatic } from './http/taskpane-static';

export interface AppOptions {
  /** The built task pane (addin/dist), served at /addin; absent, no pane is served. */
  taskPaneDir?: string;
}

/** Builds the HTTP app on an open database without listening, so tests drive it directly. */
export function createApp(db: Db, options: AppOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestLog);
  app.use(express.json({ limit: '20mb' }));

  app.use(healthRoutes(db));
  if (options.taskPaneDir) app.use('/addin', taskPaneStatic(options.taskPaneDir));
  app.use('/api', authRoutes(db));
  app.use(
    '/api',
    requireSignIn(db),
    masterRoutes(db),
    planRoutes(db),
    matrixRoutes(db),
    sheetRowsRoutes(db),
    approvalRoutes(db),
    pricingRoutes(db),
    orderRoutes(db),
    auditRoutes(db),
    userRoutes(db),
  );
  app.use('/api', (_req, res) => {
    res.status(404).json({ error: { code: 'NOT_FOUND', message: 'No such API endpoint.' } });
  });

  app.use(errorHandler);
  return app;
}
