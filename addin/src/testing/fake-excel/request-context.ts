import { jsonBytes } from '../../excel/payload-size';
import { ChangeEvents } from './change-events';
import { FakeExcelError } from './fake-errors';
import type { WorkbookModel } from './workbook-model';

/**
 * The batch machinery: proxies queue operations, `sync()` sends them as one request. Like Excel,
 * a request over the size limit is refused before anything runs, a response over the limit is
 * refused after the writes ran, and an operation that fails stops the batch where it stands.
 */

export interface QueuedOp {
  kind: 'write' | 'read';
  /** e.g. "values Rules!A2:F5001", for failure predicates and the sync log. */
  describe: string;
  /** What the request carries, as JSON would send it. */
  payload?: unknown;
  /** Lowest ExcelApi version that has this operation, when above 1.1. */
  requires?: string;
  run(): unknown;
  deliver?(result: unknown): void;
}

export interface SyncRecord {
  number: number;
  ops: string[];
  requestBytes: number;
  responseBytes: number;
  outcome: string;
}

export interface BatchView {
  number: number;
  ops: readonly QueuedOp[];
  requestBytes: number;
  /** True when some write of this batch carries `text` in its payload. */
  writes(text: string): boolean;
}

export interface FakeLimits {
  requestBytes: number;
  responseBytes: number;
}

const OP_OVERHEAD_BYTES = 64;

export class FakeRequestContext {
  syncCount = 0;
  readonly changeEvents = new ChangeEvents();
  readonly syncLog: SyncRecord[] = [];
  private queue: QueuedOp[] = [];
  private failures: { when: (batch: BatchView) => boolean; remaining: number }[] = [];

  constructor(
    readonly model: WorkbookModel,
    public limits: FakeLimits,
    public apiVersion: string,
  ) {}

  enqueue(op: QueuedOp): void {
    this.queue.push(op);
  }

  /** Makes the next `times` batches matching `when` fail with GeneralException. */
  failWhen(when: (batch: BatchView) => boolean, times = Number.POSITIVE_INFINITY): void {
    this.failures.push({ when, remaining: times });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.syncCount++;
    const record: SyncRecord = {
      number: this.syncCount,
      ops: ops.map((op) => op.describe),
      requestBytes: ops.reduce((sum, op) => sum + OP_OVERHEAD_BYTES + jsonBytes(op.payload), 0),
      responseBytes: 0,
      outcome: 'ok',
    };
    this.syncLog.push(record);
    await Promise.resolve();

    try {
      this.refuseBeforeRunning(ops, record);
      this.runAndDeliver(ops, record);
    } catch (error) {
      record.outcome = error instanceof FakeExcelError ? error.code : String(error);
      throw error;
    }
  }

  private refuseBeforeRunning(ops: QueuedOp[], record: SyncRecord): void {
    if (record.requestBytes > this.limits.requestBytes) {
      throw new FakeExcelError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit.',
      );
    }
    const view: BatchView = {
      number: record.number,
      ops,
      requestBytes: record.requestBytes,
      writes: (text) =>
        ops.some((op) => op.kind === 'write' && JSON.stringify(op.payload ?? '').includes(text)),
    };
    const failure = this.failures.find((f) => f.remaining > 0 && f.when(view));
    if (failure) {
      failure.remaining--;
      throw new FakeExcelError('GeneralException', 'An internal error has occurred.');
    }
  }

  private runAndDeliver(ops: QueuedOp[], record: SyncRecord): void {
    const deliveries: (() => void)[] = [];
    for (const op of ops) {
      if (op.requires && compareVersions(this.apiVersion, op.requires) < 0) {
        throw new FakeExcelError('ApiNotFound', `${op.describe} needs ExcelApi ${op.requires}`);
      }
      const result = op.run();
      if (op.kind === 'read') {
        record.responseBytes += jsonBytes(result);
        deliveries.push(() => op.deliver?.(result));
      }
    }
    if (record.responseBytes > this.limits.responseBytes) {
      throw new FakeExcelError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit.',
      );
    }
    for (const deliver of deliveries) deliver();
  }
}

export function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor = 0] = a.split('.').map(Number);
  const [bMajor, bMinor = 0] = b.split('.').map(Number);
  return aMajor !== bMajor ? aMajor - bMajor : aMinor - bMinor;
}
