import {
  Button,
  Caption1,
  Field,
  makeStyles,
  Subtitle2,
  Text,
  Textarea,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';

import type { VersionDetail } from '../api/api-types';
import type { MedPromoApi } from '../api/medpromo-api';
import { useAction } from '../hooks/use-action';
import { PaneError } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n-context';
import { statusText } from '../i18n/status-text';
import { DiffView } from './diff-view';
import { FindingsList } from './findings-list';
import { NoticeBar } from './notice-bar';
import { PriceImpactView } from './price-impact';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  verbs: { display: 'flex', gap: tokens.spacingHorizontalS },
});

interface Props {
  api: MedPromoApi;
  plan: string;
  version: number;
  onBack: () => void;
}

/**
 * What a manager decides on: the plan, its budget, findings, changes and price impact; approve or
 * reject.
 */
export function VersionScreen({ api, plan, version, onBack }: Props) {
  const styles = useStyles();
  const { t } = useI18n();
  const { busy, notice, run } = useAction();
  const [detail, setDetail] = useState<VersionDetail | null>(null);
  const [comment, setComment] = useState('');

  const load = () =>
    run(async () => {
      setDetail(await api.versionDetail(plan, version));
      return null;
    });
  useEffect(() => {
    void load();
  }, [plan, version]);

  const decide = (action: 'approve' | 'reject') =>
    run(async () => {
      if (action === 'reject' && !comment.trim()) throw new PaneError('REJECT_NEEDS_COMMENT');
      const decision = await api.decide(plan, version, action, comment.trim() || undefined);
      const after = await api.versionDetail(plan, version);
      setDetail(after);
      const step = after.waitingFor;
      if (after.status === 'SUBMITTED' && step)
        return (tr) => tr('decidedWaiting', { plan, version, step });
      return (tr) => tr('decided', { plan, version, status: statusText(tr, decision.status) });
    });

  return (
    <section className={styles.screen}>
      <Title3 as="h2">
        {plan} v{version}
      </Title3>
      <NoticeBar notice={notice} />
      {detail && <Summary detail={detail} />}
      <PriceImpactView api={api} plan={plan} version={version} />
      <Field label={t('comment')}>
        <Textarea value={comment} onChange={(_, d) => setComment(d.value)} data-testid="comment" />
      </Field>
      <div className={styles.verbs}>
        <Button
          appearance="primary"
          data-testid="approve"
          disabled={busy || detail?.status !== 'SUBMITTED'}
          onClick={() => decide('approve')}
        >
          {t('approve')}
        </Button>
        <Button
          data-testid="reject"
          disabled={busy || detail?.status !== 'SUBMITTED'}
          onClick={() => decide('reject')}
        >
          {t('reject')}
        </Button>
        <Button appearance="subtle" onClick={onBack}>
          {t('back')}
        </Button>
      </div>
    </section>
  );
}

function Summary({ detail }: { detail: VersionDetail }) {
  const { t } = useI18n();
  return (
    <>
      <Text weight="semibold">{detail.header.name}</Text>
      <Caption1 data-testid="version-status">
        {t('status')}: {statusText(t, detail.status)}
        {' · '}
        {detail.header.start} – {detail.header.end}
      </Caption1>
      <Caption1>
        {t('budget')}: {detail.facts.budget ?? '—'} · {t('maxDiscount')}:{' '}
        {detail.facts.maxDiscountPct ?? '—'} · {t('rules')}: {detail.ruleCount}
      </Caption1>
      <Caption1>
        {t('submittedBy')}: {detail.submittedBy} · {t('step')}: {detail.waitingFor ?? '—'}
      </Caption1>
      <Subtitle2 as="h3">{t('findings')}</Subtitle2>
      {detail.findings.length > 0 ? (
        <FindingsList findings={detail.findings} />
      ) : (
        <Caption1>{t('noFindings')}</Caption1>
      )}
      <Subtitle2 as="h3">{t('diffTitle')}</Subtitle2>
      {detail.diffFromPrevious ? (
        <DiffView diff={detail.diffFromPrevious} />
      ) : (
        <Caption1>{t('diffNone')}</Caption1>
      )}
    </>
  );
}
