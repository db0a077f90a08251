/**
 * Runs an operation over rows [0, rowCount) in as few syncs as the payload allows. Each attempt
 * covers as many rows as fit the byte budget (by the caller's estimate) and the current row cap.
 * An attempt that fails is halved and retried; the halved size then caps the attempts that
 * follow, so one oversized sheet costs one failure per halving, not one per chunk. A failure of
 * a single row is final.
 */

export interface BatchLimits {
  /** Estimated bytes one sync may carry; keep a margin below Excel's 5 MB. */
  maxBytesPerSync: number;
}

export interface RowSpan {
  start: number;
  count: number;
}

export class BatchFailedError extends Error {
  constructor(
    readonly span: RowSpan,
    cause: unknown,
  ) {
    super(`row ${span.start + 1} of the batch failed even on its own`, { cause });
  }
}

/** `estimateRowBytes(i)` may return 0 when the size is unknown beforehand (reads). */
export async function runInRowBatches(
  rowCount: number,
  limits: BatchLimits,
  estimateRowBytes: (row: number) => number,
  attempt: (span: RowSpan) => Promise<void>,
): Promise<void> {
  let rowCap = Number.POSITIVE_INFINITY;
  let cursor = 0;

  while (cursor < rowCount) {
    const span = nextSpan(cursor, rowCount, rowCap, limits.maxBytesPerSync, estimateRowBytes);
    try {
      await attempt(span);
      cursor += span.count;
    } catch (error) {
      if (span.count === 1) throw new BatchFailedError(span, error);
      rowCap = Math.ceil(span.count / 2);
    }
  }
}

function nextSpan(
  start: number,
  rowCount: number,
  rowCap: number,
  maxBytes: number,
  estimateRowBytes: (row: number) => number,
): RowSpan {
  let count = 0;
  let bytes = 0;
  while (start + count < rowCount && count < rowCap) {
    const rowBytes = estimateRowBytes(start + count);
    // Always take one row, even an oversized one: Excel decides, and a refusal is final there.
    if (count > 0 && bytes + rowBytes > maxBytes) break;
    bytes += rowBytes;
    count++;
  }
  return { start, count };
}

/** Splits a span into pieces of at most `maxRows`, so no single range operation is huge. */
export function splitSpan(span: RowSpan, maxRows: number): RowSpan[] {
  const pieces: RowSpan[] = [];
  for (let offset = 0; offset < span.count; offset += maxRows) {
    pieces.push({ start: span.start + offset, count: Math.min(maxRows, span.count - offset) });
  }
  return pieces;
}
