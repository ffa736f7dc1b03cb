import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../shared/i18n/resources';
import { call, KassaCallError, useKassaApi } from '../kassa-api';
import { ApprovalDialog } from '../people/ApprovalDialog';
import { LoginScreen } from '../people/LoginScreen';
import { useIdleLock } from '../people/use-idle-lock';
import { useLocale } from '../queries/use-locale';
import { useCurrentSession, useSetupStatus, useSignOut } from '../queries/use-session';
import { useShopSettings } from '../queries/use-shop-settings';
import { useSession } from '../session-store';
import { CashierShell } from './CashierShell';
import { ScreenBoundary } from './ScreenBoundary';
import { setupWizard, startupProblemScreen } from './screens';

const { Screen: SetupWizard } = setupWizard;
const { Screen: StartupProblemScreen } = startupProblemScreen;

/** A lost database first (the start-up recovery screen); otherwise the shop. */
export function Root() {
  const { t } = useTranslation();
  const api = useKassaApi();
  const startup = useQuery({ queryKey: ['startup.status'], queryFn: () => call(api, 'startup.status', {}) });
  const splash = (
    <main className="splash" aria-busy="true">
      {t('shell.loading')}
    </main>
  );
  if (startup.isPending) return splash;
  // The recovery screen and the setup wizard come in chunks of their own; the splash stays
  // while one is fetched.
  return (
    <Suspense fallback={splash}>
      {startup.data?.problem ? (
        <ScreenBoundary>
          <StartupProblemScreen problem={startup.data.problem} />
        </ScreenBoundary>
      ) : (
        <Shop />
      )}
    </Suspense>
  );
}

/** First start: the setup wizard. Then the login screen until someone signs in; then the counter. */
function Shop() {
  const { t } = useTranslation();
  const { locale, query, setLocale } = useLocale();
  const setup = useSetupStatus();
  const session = useCurrentSession();
  const setPerson = useSession((s) => s.setPerson);
  const person = session.data?.person ?? null;
  useEffect(() => setPerson(person), [person, setPerson]);

  const failed = query.error ?? setup.error ?? session.error;
  if (failed) {
    const code = failed instanceof KassaCallError ? failed.error.code : 'internal';
    return (
      <main className="splash" role="alert">
        <p>{t('shell.startFailed')}</p>
        <p>{t(errorMessageKey[code])}</p>
      </main>
    );
  }
  if (!locale || !setup.data || !session.data) {
    return (
      <main className="splash" aria-busy="true">
        {t('shell.loading')}
      </main>
    );
  }
  if (setup.data.needsSetup) {
    return (
      <ScreenBoundary>
        <SetupWizard locale={locale} onLocale={setLocale} />
      </ScreenBoundary>
    );
  }
  if (!person) return <LoginScreen locale={locale} onLocale={setLocale} />;
  return (
    <>
      <SignedIn />
      <CashierShell locale={locale} setLocale={setLocale} />
      <ApprovalDialog locale={locale} />
    </>
  );
}

/** The idle lock: after the shop's idle minutes the station signs out; the cart stays. */
function SignedIn() {
  const settings = useShopSettings();
  const signOut = useSignOut();
  useIdleLock(settings.data?.idleLockMinutes, signOut.mutate);
  return null;
}
