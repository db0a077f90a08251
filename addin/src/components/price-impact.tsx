import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

import type { FlaggedGroup, PriceImpact } from '../api/api-types';
import type { MedPromoApi } from '../api/medpromo-api';
import { useAction } from '../hooks/use-action';
import { useI18n } from '../i18n/i18n-context';
import { NoticeBar } from './notice-bar';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'top',
  },
  number: { whiteSpace: 'nowrap' },
});

interface Props {
  api: MedPromoApi;
  plan: string;
  version: number;
}

/**
 * What the version does to prices (SPEC one price standard): cells it reaches, how deep it
 * discounts, and the SKU groups whose net price now spreads across provinces beyond tolerance.
 * Loaded on its own so a slow or refused matrix never holds up the decision.
 */
export function PriceImpactView({ api, plan, version }: Props) {
  const styles = useStyles();
  const { t } = useI18n();
  const { notice, run } = useAction();
  const [impact, setImpact] = useState<PriceImpact | null>(null);

  useEffect(() => {
    void run(async () => {
      setImpact(await api.priceImpact(plan, version));
      return null;
    });
  }, [plan, version]);

  const pct = (value: string | null) => value ?? '—';
  return (
    <section className={styles.section} data-testid="price-impact">
      <Subtitle2 as="h3">{t('priceImpactTitle')}</Subtitle2>
      <NoticeBar notice={notice} />
      {impact && (
        <>
          <Caption1 data-testid="price-impact-reach">
            {t('priceImpactReach', {
              date: impact.date,
              inPlan: impact.inPlan,
              cells: impact.cells,
              average: pct(impact.averageDiscountPct),
              deepest: pct(impact.deepestDiscountPct),
            })}
          </Caption1>
          <Caption1 data-testid="price-impact-flagged">
            {impact.flaggedGroups > 0
              ? t('priceImpactFlagged', {
                  count: impact.flaggedGroups,
                  groups: impact.groups,
                  tolerance: impact.tolerancePct,
                })
              : t('priceImpactNone', { tolerance: impact.tolerancePct })}
          </Caption1>
          {impact.flagged.length > 0 && <FlaggedTable groups={impact.flagged} />}
        </>
      )}
    </section>
  );
}

function FlaggedTable({ groups }: { groups: FlaggedGroup[] }) {
  const styles = useStyles();
  const { t } = useI18n();
  const headers = ['SKU', t('lowest'), t('highest'), t('spread')];
  return (
    <table className={styles.table} data-testid="flagged-groups">
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} className={styles.cell}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {groups.map((group, i) => (
          <tr key={i}>
            <td className={styles.cell}>
              {group.sku} <Caption1>{placeOf(group)}</Caption1>
            </td>
            <td className={styles.cell}>{priceAt(group.minProvinceName, group.minNet)}</td>
            <td className={styles.cell}>{priceAt(group.maxProvinceName, group.maxNet)}</td>
            <td className={`${styles.cell} ${styles.number}`}>
              {group.spreadPct === null ? '—' : `${group.spreadPct}%`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Audience, channel, grade and tier, as far as the group has them. */
const placeOf = (group: FlaggedGroup) =>
  [group.audience, group.channel, group.grade, group.tier].filter(Boolean).join(' · ');

const priceAt = (province: string | null, net: string | null) => `${province ?? '—'} ${net ?? '—'}`;
