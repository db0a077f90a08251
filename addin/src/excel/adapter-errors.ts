/** Errors the adapters raise, with stable codes the task pane turns into messages. */
export type ExcelAdapterErrorCode =
  'READ_FAILED' | 'WRITE_FAILED_RESTORED' | 'WRITE_FAILED_NOT_RESTORED' | 'SHEET_EXISTS';

export class ExcelAdapterError extends Error {
  constructor(
    readonly code: ExcelAdapterErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ExcelAdapterError';
  }
}
