import { Button, Divider, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import type { Finding } from '../api/api-types';
import type { MedPromoApi } from '../api/medpromo-api';
import type { FindingsSheetLabels } from '../excel/findings-sheet';
import { BUSY_NOTICE, useAction, warningNotice, type Wording } from '../hooks/use-action';
import { usePlanLayout } from '../hooks/use-plan-layout';
import { useI18n } from '../i18n/i18n-context';
import { newPlanSheets, type SubmitOutcome, submitPlans, validatePlans } from '../verbs/plan-verbs';
import { FindingsList } from './findings-list';
import { NoticeBar } from './notice-bar';
import { SimulatePanel } from './simulate-panel';
import { VersionTools } from './version-tools';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  verbs: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const refs = (list: { plan: string; version: number }[]) =>
  list.map((ref) => `${ref.plan} v${ref.version}`).join(', ');

function submitWording(result: SubmitOutcome): Wording {
  return (t) => {
    const parts = result.changes ? [t('changedRows', { ...result.changes })] : [];
    if (result.versions.length > 0)
      parts.push(t('submitDone', { versions: refs(result.versions) }));
    if (result.unchanged.length > 0)
      parts.push(t('submitUnchanged', { versions: refs(result.unchanged) }));
    return parts.join(' · ');
  };
}

export function PlannerScreen({ api }: { api: MedPromoApi }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const { busy, notice, run } = useAction();
  const layoutFor = usePlanLayout(api);
  const [findings, setFindings] = useState<Finding[]>([]);
  const labels: FindingsSheetLabels = {
    name: t('findingsSheet'),
    header: t('findingsHeader').split('|') as FindingsSheetLabels['header'],
  };

  const create = () =>
    run(async () => {
      const sheets = await newPlanSheets(await layoutFor(language));
      return (tr) => tr('newPlanSheetsDone', { sheets: sheets.join('、') });
    });
  const validate = () =>
    run(async () => {
      setFindings([]);
      const outcome = await validatePlans(api, await layoutFor(language), labels);
      setFindings(outcome.findings);
      if (outcome.findings.length === 0)
        return (tr) => tr('validateClean', { plans: outcome.plans.length });
      const values = { count: outcome.findings.length, cells: outcome.markedCells };
      return warningNotice((tr) => tr('validateFound', { ...values, sheet: labels.name }));
    });
  const submit = () =>
    run(async () => {
      setFindings([]);
      try {
        const result = await submitPlans(api, await layoutFor(language), labels);
        setFindings(result.findings);
        return submitWording(result);
      } catch (error) {
        const refused = (error as { findings?: Finding[] }).findings;
        if (refused) setFindings(refused);
        throw error;
      }
    });

  return (
    <section className={styles.screen}>
      <Title3 as="h2">{t('plannerTitle')}</Title3>
      <div className={styles.verbs}>
        <Button data-testid="new-plan-sheets" disabled={busy} onClick={create}>
          {t('newPlanSheets')}
        </Button>
        <Button data-testid="validate" disabled={busy} onClick={validate}>
          {t('validate')}
        </Button>
        <Button data-testid="submit" appearance="primary" disabled={busy} onClick={submit}>
          {t('submit')}
        </Button>
      </div>
      <NoticeBar notice={busy ? BUSY_NOTICE : notice} />
      {findings.length > 0 && <FindingsList findings={findings} />}
      <Divider />
      <VersionTools api={api} layoutFor={layoutFor} />
      <Divider />
      <SimulatePanel api={api} />
    </section>
  );
}
