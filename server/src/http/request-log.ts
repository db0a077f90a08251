import { randomUUID } from 'node:crypto';

import type { RequestHandler } from 'express';

import { logger, runWithRequestId } from '../logger';

/** One log line per request (method, path, status, duration); never bodies. */
export const requestLog: RequestHandler = (req, res, next) => {
  const requestId = req.get('x-request-id') ?? randomUUID();
  const started = process.hrtime.bigint();
  res.setHeader('x-request-id', requestId);
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    runWithRequestId(requestId, () =>
      logger.info(
        { method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms) },
        'request',
      ),
    );
  });
  runWithRequestId(requestId, next);
};
