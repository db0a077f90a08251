import { useCallback, useState } from 'react';

import { errorKey } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n-context';

export interface Notice {
  intent: 'success' | 'error' | 'info';
  text: string;
}

/**
 * Runs one verb at a time: busy while it runs, its outcome as a notice. Errors become text
 * chosen by their code; the raw message only goes to the console for whoever debugs.
 */
export function useAction() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const run = useCallback(
    async (verb: () => Promise<string | null>) => {
      setBusy(true);
      setNotice(null);
      try {
        const text = await verb();
        if (text) setNotice({ intent: 'success', text });
      } catch (error) {
        console.error(error);
        setNotice({ intent: 'error', text: t(errorKey(error)) });
      } finally {
        setBusy(false);
      }
    },
    [t],
  );

  return { busy, notice, setNotice, run };
}
