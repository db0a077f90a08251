import type { BatchLimits } from './row-batches';
import { EXCEL_WEB_PAYLOAD_LIMIT } from './payload-size';

/**
 * Our estimates count the values' JSON; the real request adds addresses, ids and framing, so
 * a batch aims at 80% of Excel on the web's limit.
 */
export const DEFAULT_LIMITS: BatchLimits = { maxBytesPerSync: EXCEL_WEB_PAYLOAD_LIMIT * 0.8 };

/** No single range operation covers more rows than this, whatever the byte budget allows. */
export const MAX_ROWS_PER_RANGE = 5000;

export function limitsFor(payloadLimit: number): BatchLimits {
  return { maxBytesPerSync: payloadLimit * 0.8 };
}
