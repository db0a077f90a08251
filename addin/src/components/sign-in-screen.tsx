import { Button, Field, Input, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';

import { useAction } from '../hooks/use-action';
import { useI18n } from '../i18n/i18n-context';
import { NoticeBar } from './notice-bar';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function SignInScreen({ onSignIn }: { onSignIn: (l: string, p: string) => Promise<void> }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { busy, notice, run } = useAction();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await onSignIn(login.trim(), password);
      return null;
    });
  };

  return (
    <form className={styles.form} onSubmit={submit}>
      <Title3 as="h2">{t('signInTitle')}</Title3>
      <NoticeBar notice={notice} />
      <Field label={t('login')} required>
        <Input
          name="login"
          autoComplete="username"
          value={login}
          onChange={(_, data) => setLogin(data.value)}
        />
      </Field>
      <Field label={t('password')} required>
        <Input
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(_, data) => setPassword(data.value)}
        />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy || !login || !password}>
        {busy ? t('busy') : t('signIn')}
      </Button>
    </form>
  );
}
