import { randomUUID } from 'node:crypto';

import type { RequestHandler } from 'express';

import { logger, runWithRequestId } from '../logger';

/** One log line per request (method, path, status, duration); never bodies. */
export const requestLog: RequestHandler = (req, res, next) => {
  const requestId = req.get('x-request-id') ?? randomUUID();
  const started = process.hrtime.bigint();
  res.setHeader('x-request-id', requestId);
  // Routers rewrite req.path to their mount point; the original URL less its query is the path
  // a reader of the log looks for (and a query never reaches the log).
  const path = req.originalUrl.split('?')[0];
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    runWithRequestId(requestId, () =>
      logger.info(
        { method: req.method, path, status: res.statusCode, ms: Math.round(ms) },
        'request',
      ),
    );
  });
  runWithRequestId(requestId, next);
};
