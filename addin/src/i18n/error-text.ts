import { ApiError } from '../api/api-client';
import { ExcelAdapterError } from '../excel/adapter-errors';
import type { MessageKey } from './messages-zh';
import { MESSAGES_ZH } from './messages-zh';

/** A problem the pane itself detects, with a code like the server's. */
export class PaneError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = 'PaneError';
  }
}

/** The message key for an error: chosen by its code, never from its (untranslated) message. */
export function errorKey(error: unknown): MessageKey {
  const code =
    error instanceof ApiError || error instanceof ExcelAdapterError || error instanceof PaneError
      ? error.code
      : 'UNKNOWN';
  const key = `error.${code}`;
  return key in MESSAGES_ZH ? (key as MessageKey) : 'error.UNKNOWN';
}
