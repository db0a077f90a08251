import { AsyncLocalStorage } from 'node:async_hooks';

import pino from 'pino';

/** The request being served, so every log line it causes carries its id. */
const requestContext = new AsyncLocalStorage<{ requestId: string }>();

const base = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  mixin: () => requestContext.getStore() ?? {},
});

/** The small logging surface the rest of the code uses; pino stays behind it. */
export interface Logger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export const logger: Logger = {
  info: (fields, message) => base.info(fields, message),
  warn: (fields, message) => base.warn(fields, message),
  error: (fields, message) => base.error(fields, message),
};

export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return requestContext.run({ requestId }, work);
}
