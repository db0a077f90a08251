import { MessageBar, MessageBarBody } from '@fluentui/react-components';

import type { Notice } from '../hooks/use-action';
import { useI18n } from '../i18n/i18n-context';

/** The outcome of the last verb; errors are always shown here, never as alerts. */
export function NoticeBar({ notice }: { notice: Notice | null }) {
  const { t } = useI18n();
  if (!notice) return null;
  return (
    <MessageBar
      intent={notice.intent}
      layout="multiline"
      data-testid="notice"
      data-intent={notice.intent}
    >
      <MessageBarBody>{notice.wording(t)}</MessageBarBody>
    </MessageBar>
  );
}
