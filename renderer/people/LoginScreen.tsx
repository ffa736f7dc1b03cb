import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../shared/i18n/resources';
import type { Locale } from '../../shared/locale';
import type { PersonView } from '../../shared/people/people';
import { call, KassaCallError, useKassaApi } from '../kassa-api';
import { sessionKey } from '../queries/use-session';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { roleKey } from './labels';
import { PinPad } from './PinPad';
import { pinErrorText } from './pin-error';

/** The station's first screen, and the one after a lock: pick your name, type your PIN. */
export function LoginScreen({ locale, onLocale }: { locale: Locale; onLocale: (locale: Locale) => void }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const people = useQuery({ queryKey: ['people.list'], queryFn: () => call(api, 'people.list', {}), staleTime: 0 });
  const [chosen, setChosen] = useState<PersonView>();
  const signIn = useMutation({
    mutationFn: (input: { personId: number; pin: string }) => call(api, 'session.signIn', input),
    onSuccess: (person) => client.setQueryData(sessionKey, { person }),
  });
  const error = signIn.error instanceof KassaCallError ? signIn.error.error : undefined;
  return (
    <main className="login" data-testid="login-screen">
      <header className="login-header">
        <h1>{t('people.signInTitle')}</h1>
        <LanguageSwitch current={locale} onChange={onLocale} />
      </header>
      {!chosen && (
        <ul className="people-tiles">
          {people.data?.map((person) => (
            <li key={person.id}>
              <button type="button" className="touch person-tile" onClick={() => setChosen(person)} data-testid={`person-${person.id}`}>
                <strong>{person.name}</strong>
                <span>{t(roleKey[person.role])}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen && (
        <section className="login-pin">
          <h2>{t('people.pinFor', { name: chosen.name })}</h2>
          <PinPad label={t('people.pin')} busy={signIn.isPending} onSubmit={(pin) => signIn.mutate({ personId: chosen.id, pin })} />
          {error && (
            <p className="device-error" role="alert">
              {pinErrorText(t, error, locale) ?? t(errorMessageKey[error.code])}
            </p>
          )}
          <button
            type="button"
            className="touch"
            onClick={() => {
              signIn.reset();
              setChosen(undefined);
            }}
          >
            {t('people.back')}
          </button>
        </section>
      )}
    </main>
  );
}
