import { Button, Field, Input, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import type { PlanDiff, PlanLayout } from '../api/api-types';
import type { Language, MedPromoApi } from '../api/medpromo-api';
import { BUSY_NOTICE, useAction } from '../hooks/use-action';
import { useI18n } from '../i18n/i18n-context';
import { openVersion } from '../verbs/open-version';
import { DiffView } from './diff-view';
import { NoticeBar } from './notice-bar';

const useStyles = makeStyles({
  tools: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  small: { width: '5em' },
});

interface Props {
  api: MedPromoApi;
  layoutFor: (language: Language) => Promise<PlanLayout>;
}

/** Pull any version of a plan into the sheets, or compare two of its versions. */
export function VersionTools({ api, layoutFor }: Props) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const { busy, notice, run } = useAction();
  const [plan, setPlan] = useState('');
  const [version, setVersion] = useState('1');
  const [from, setFrom] = useState('1');
  const [to, setTo] = useState('2');
  const [diff, setDiff] = useState<PlanDiff | null>(null);
  const code = plan.trim();

  const open = () =>
    run(async () => {
      await openVersion(api, await layoutFor(language), language, code, Number(version));
      return (tr) => tr('openVersionDone', { plan: code, version });
    });
  const compare = () =>
    run(async () => {
      setDiff(null);
      setDiff(await api.diff(code, Number(from), Number(to)));
      return null;
    });
  const number = (value: string, set: (value: string) => void, testId: string) => (
    <Input
      className={styles.small}
      type="number"
      min={1}
      value={value}
      data-testid={testId}
      onChange={(_, data) => set(data.value)}
    />
  );

  return (
    <section className={styles.tools}>
      <Subtitle2 as="h3">
        {t('openVersion')} · {t('compare')}
      </Subtitle2>
      <Field label={t('planCode')}>
        <Input value={plan} onChange={(_, d) => setPlan(d.value)} data-testid="version-plan" />
      </Field>
      <div className={styles.row}>
        <Field label={t('version')}>{number(version, setVersion, 'version-number')}</Field>
        <Button data-testid="open-version" disabled={busy || !code} onClick={open}>
          {t('openVersion')}
        </Button>
      </div>
      <div className={styles.row}>
        <Field label={t('fromVersion')}>{number(from, setFrom, 'compare-from')}</Field>
        <Field label={t('toVersion')}>{number(to, setTo, 'compare-to')}</Field>
        <Button data-testid="compare" disabled={busy || !code} onClick={compare}>
          {t('compare')}
        </Button>
      </div>
      <NoticeBar notice={busy ? BUSY_NOTICE : notice} />
      {diff && <DiffView diff={diff} />}
    </section>
  );
}
