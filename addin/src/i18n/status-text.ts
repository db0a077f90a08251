import type { Translate } from './i18n-context';
import { type MessageKey, MESSAGES_ZH } from './messages-zh';

/** A version status in the pane's language; a status the pane does not know shows as its code. */
export function statusText(t: Translate, status: string): string {
  const key = `status.${status}`;
  return key in MESSAGES_ZH ? t(key as MessageKey) : status;
}
