import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';

import type { PlanDiff } from '../api/api-types';
import { useI18n } from '../i18n/i18n-context';

const useStyles = makeStyles({
  diff: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const shown = (value: unknown) =>
  value === null || value === undefined
    ? '—'
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

/** Added, removed and changed rules, then changed plan fields. */
export function DiffView({ diff }: { diff: PlanDiff }) {
  const styles = useStyles();
  const { t } = useI18n();
  const changes = [...diff.plan, ...diff.changed];
  return (
    <div className={styles.diff} data-testid="diff">
      {diff.added.length > 0 && (
        <Caption1>
          {t('added')}: {diff.added.map((rule) => rule.ruleCode).join(', ')}
        </Caption1>
      )}
      {diff.removed.length > 0 && (
        <Caption1>
          {t('removed')}: {diff.removed.map((rule) => rule.ruleCode).join(', ')}
        </Caption1>
      )}
      {changes.length > 0 && <Subtitle2>{t('changed')}</Subtitle2>}
      <ul className={styles.list}>
        {changes.map((change, i) => (
          <li key={i}>
            <Caption1>
              {change.rule ? `${change.rule}.` : ''}
              {change.field}: {shown(change.from)} → {shown(change.to)}
            </Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}
