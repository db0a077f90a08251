import { Button, Field, Input, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import type { PlanDiff, PlanLayout } from '../api/api-types';
import type { Language, MedPromoApi } from '../api/medpromo-api';
import { useAction } from '../hooks/use-action';
import { useI18n } from '../i18n/i18n-context';
import { DiffView } from './diff-view';
import { NoticeBar } from './notice-bar';

const useStyles = makeStyles({
  tools: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  small: { width: '6em' },
});

interface Props {
  api: MedPromoApi;
  layoutFor: (language: Language) => Promise<PlanLayout>;
}

/** Compare two versions of a plan. */
export function VersionTools({ api }: Props) {
  const styles = useStyles();
  const { t } = useI18n();
  const { busy, notice, run } = useAction();
  const [plan, setPlan] = useState('');
  const [from, setFrom] = useState('1');
  const [to, setTo] = useState('2');
  const [diff, setDiff] = useState<PlanDiff | null>(null);

  const compare = () =>
    run(async () => {
      setDiff(await api.diff(plan.trim(), Number(from), Number(to)));
      return null;
    });

  return (
    <section className={styles.tools}>
      <Subtitle2 as="h3">{t('compare')}</Subtitle2>
      <div className={styles.row}>
        <Field label={t('planCode')}>
          <Input value={plan} onChange={(_, d) => setPlan(d.value)} data-testid="compare-plan" />
        </Field>
        <Field label={t('fromVersion')}>
          <Input
            className={styles.small}
            type="number"
            value={from}
            onChange={(_, d) => setFrom(d.value)}
          />
        </Field>
        <Field label={t('toVersion')}>
          <Input
            className={styles.small}
            type="number"
            value={to}
            onChange={(_, d) => setTo(d.value)}
          />
        </Field>
        <Button disabled={busy || !plan.trim()} onClick={compare}>
          {t('compare')}
        </Button>
      </div>
      <NoticeBar notice={notice} />
      {diff && <DiffView diff={diff} />}
    </section>
  );
}
