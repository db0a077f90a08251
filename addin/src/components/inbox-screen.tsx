import {
  Button,
  Caption1,
  Card,
  makeStyles,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';

import type { InboxItem } from '../api/api-types';
import type { MedPromoApi } from '../api/medpromo-api';
import { useAction } from '../hooks/use-action';
import { useI18n } from '../i18n/i18n-context';
import { NoticeBar } from './notice-bar';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  top: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' },
  card: { gap: tokens.spacingVerticalXS },
});

interface Props {
  api: MedPromoApi;
  onOpen: (plan: string, version: number) => void;
}

/** The versions waiting for this person's decision, oldest first. */
export function InboxScreen({ api, onOpen }: Props) {
  const styles = useStyles();
  const { t } = useI18n();
  const { busy, notice, run } = useAction();
  const [items, setItems] = useState<InboxItem[] | null>(null);

  const load = () =>
    run(async () => {
      setItems(await api.inbox());
      return null;
    });
  useEffect(() => {
    void load();
    // Load once on arrival; Refresh reloads.
  }, []);

  return (
    <section className={styles.screen}>
      <div className={styles.top}>
        <Title3 as="h2">{t('inboxTitle')}</Title3>
        <Button size="small" disabled={busy} onClick={load}>
          {t('refresh')}
        </Button>
      </div>
      <NoticeBar notice={notice} />
      {items?.length === 0 && <Text>{t('inboxEmpty')}</Text>}
      {items?.map((item) => (
        <Card key={`${item.plan}@${item.version}`} className={styles.card} data-testid="inbox-item">
          <Text weight="semibold">
            {item.plan} v{item.version} · {item.name}
          </Text>
          <Caption1>
            {t('step')}: {item.step.name} · {t('submittedBy')}: {item.submittedBy}
          </Caption1>
          <Caption1>
            {t('budget')}: {item.budget ?? '—'}
            {' · '}
            {t('maxDiscount')}: {item.maxDiscountPct ?? '—'}
            {' · '}
            {t('warnings')}: {item.warnings}
          </Caption1>
          <Button
            size="small"
            data-testid={`open-${item.plan}-${item.version}`}
            onClick={() => onOpen(item.plan, item.version)}
          >
            {t('open')}
          </Button>
        </Card>
      ))}
    </section>
  );
}
