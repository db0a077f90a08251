import { Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';

import type { SignedIn } from '../api/api-types';
import { useI18n } from '../i18n/i18n-context';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column' },
});

interface Props {
  user: SignedIn['user'] | null;
  onSignOut: () => void;
}

export function PaneHeader({ user, onSignOut }: Props) {
  const styles = useStyles();
  const { t, language, setLanguage } = useI18n();
  return (
    <header className={styles.header}>
      <div className={styles.title}>
        <Subtitle2 as="h1">{t('appTitle')}</Subtitle2>
        {user && (
          <Caption1 as="p" data-testid="signed-in-as">
            {t('signedInAs', { user: nameOf(user) })}
          </Caption1>
        )}
      </div>
      <Button
        appearance="subtle"
        size="small"
        data-testid="language"
        onClick={() => setLanguage(language === 'zh-CN' ? 'en' : 'zh-CN')}
      >
        {t('language')}
      </Button>
      {user && (
        <Button size="small" data-testid="sign-out" onClick={onSignOut}>
          {t('signOut')}
        </Button>
      )}
    </header>
  );
}

const nameOf = (user: SignedIn['user']) =>
  user.displayName ? `${user.displayName} ${user.login}` : user.login;
