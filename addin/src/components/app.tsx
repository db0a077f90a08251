import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';

import { useRouter, homeOf, type Route } from '../hooks/use-router';
import { useSession } from '../hooks/use-session';
import { I18nProvider } from '../i18n/i18n-context';
import { InboxScreen } from './inbox-screen';
import { PaneHeader } from './pane-header';
import { PlannerScreen } from './planner-screen';
import { SignInScreen } from './sign-in-screen';
import { VersionScreen } from './version-screen';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    maxWidth: '100%',
    boxSizing: 'border-box',
    overflowWrap: 'anywhere',
  },
});

export function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider>
        <Pane />
      </I18nProvider>
    </FluentProvider>
  );
}

function Pane() {
  const styles = useStyles();
  const session = useSession();
  const [route, navigate] = useRouter();

  const signIn = async (login: string, password: string) => {
    const user = await session.signIn(login, password);
    navigate(homeOf(user.roles));
  };
  const signOut = () => {
    navigate({ name: 'signIn' });
    void session.signOut();
  };

  return (
    <main className={styles.pane}>
      <PaneHeader user={session.user} onSignOut={signOut} />
      {screenFor(route, session, navigate, signIn)}
    </main>
  );
}

function screenFor(
  route: Route,
  session: ReturnType<typeof useSession>,
  navigate: (route: Route) => void,
  signIn: (login: string, password: string) => Promise<void>,
) {
  if (route.name === 'signIn' || !session.user) return <SignInScreen onSignIn={signIn} />;
  if (route.name === 'planner') return <PlannerScreen api={session.api} />;
  if (route.name === 'inbox') {
    const open = (plan: string, version: number) => navigate({ name: 'version', plan, version });
    return <InboxScreen api={session.api} onOpen={open} />;
  }
  return (
    <VersionScreen
      api={session.api}
      plan={route.plan}
      version={route.version}
      onBack={() => navigate({ name: 'inbox' })}
    />
  );
}
