import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';

import type { PricedLine, TraceEntry } from '../api/api-types';
import type { MedPromoApi } from '../api/medpromo-api';
import { BUSY_NOTICE, useAction } from '../hooks/use-action';
import { useI18n } from '../i18n/i18n-context';
import { type SimulateOutcome, selectedLine, simulateLines } from '../verbs/simulate-lines';
import { NoticeBar } from './notice-bar';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  trace: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Simulate prices on the Lines sheet; "why this price" shows the selected line's trace. */
export function SimulatePanel({ api }: { api: MedPromoApi }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const { busy, notice, run } = useAction();
  const [plans, setPlans] = useState('');
  const [outcome, setOutcome] = useState<SimulateOutcome | null>(null);
  const [traced, setTraced] = useState<{ row: number; line: PricedLine } | null>(null);

  const simulate = () =>
    run(async () => {
      setTraced(null);
      const refs = plans
        .split(/[,，\s]+/)
        .map((ref) => ref.trim())
        .filter(Boolean);
      const result = await simulateLines(api, language, refs);
      setOutcome(result);
      return (tr) => tr('simulateDone', { lines: result.lines.size });
    });
  const why = () =>
    run(async () => {
      const found = outcome ? await selectedLine(outcome) : null;
      setTraced(found);
      return found ? null : (tr) => tr('noTraceSelected');
    });

  return (
    <section className={styles.panel}>
      <Subtitle2 as="h3">{t('simulate')}</Subtitle2>
      <Field label={t('simulatePlans')}>
        <Input
          value={plans}
          placeholder="Q4-2026@1"
          data-testid="simulate-plans"
          onChange={(_, data) => setPlans(data.value)}
        />
      </Field>
      <div className={styles.row}>
        <Button data-testid="simulate" disabled={busy} onClick={simulate}>
          {t('simulate')}
        </Button>
        <Button data-testid="why-this-price" disabled={busy || !outcome} onClick={why}>
          {t('whyThisPrice')}
        </Button>
      </div>
      <NoticeBar notice={busy ? BUSY_NOTICE : notice} />
      {traced && (
        <>
          <Caption1 as="p">{t('traceOfRow', { row: traced.row })}</Caption1>
          <ol className={styles.trace} data-testid="trace">
            {traced.line.trace.map((entry, i) => (
              <li key={i}>
                <Caption1>{traceText(entry)}</Caption1>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** The engine writes each trace entry's message for people; its kind is a fallback. */
const traceText = (entry: TraceEntry) =>
  typeof entry.message === 'string' ? entry.message : String(entry.kind ?? '');
