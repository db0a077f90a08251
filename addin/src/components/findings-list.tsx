import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';

import type { Finding } from '../api/api-types';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  badge: { flexShrink: 0 },
});

const COLOR = { BLOCK: 'danger', WARN: 'warning', INFO: 'informative' } as const;

/** Findings as the server wrote them; the cells carry the same text in their notes. */
export function FindingsList({ findings, limit = 50 }: { findings: Finding[]; limit?: number }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} data-testid="findings">
      {findings.slice(0, limit).map((finding, i) => (
        <li key={i} className={styles.item}>
          <Badge
            className={styles.badge}
            color={COLOR[finding.severity]}
            shape="rounded"
            size="small"
          >
            {finding.severity}
          </Badge>
          <Caption1>
            {[finding.sheet, finding.row, finding.column].filter((p) => p !== null).join(' · ')}
            {' — '}
            {finding.message}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}
