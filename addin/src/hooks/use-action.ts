import { useCallback, useState } from 'react';

import { errorKey } from '../i18n/error-text';
import type { Translate } from '../i18n/i18n-context';

/** A notice's text is made when shown, so the language switch re-words notices already up. */
export type Wording = (t: Translate) => string;

export interface Notice {
  intent: 'success' | 'warning' | 'error' | 'info';
  wording: Wording;
}

/** A verb that ran but found something to fix (validation findings) says so as a warning. */
export const warningNotice = (wording: Wording): Notice => ({ intent: 'warning', wording });

export const BUSY_NOTICE: Notice = { intent: 'info', wording: (t) => t('busy') };

/**
 * Runs one verb at a time: busy while it runs, its outcome as a notice. Errors are worded by
 * their code; the raw message only goes to the console for whoever debugs.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const run = useCallback(async (verb: () => Promise<Wording | Notice | null>) => {
    setBusy(true);
    setNotice(null);
    try {
      const outcome = await verb();
      if (typeof outcome === 'function') setNotice({ intent: 'success', wording: outcome });
      else if (outcome) setNotice(outcome);
    } catch (error) {
      console.error(error);
      const key = errorKey(error);
      setNotice({ intent: 'error', wording: (t) => t(key) });
    } finally {
      setBusy(false);
    }
  }, []);

  return { busy, notice, setNotice, run };
}
