import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OfficeSignIn } from '../../../shared/office/office-api';
import { OfficeCallError, signIn } from './office-client';

/** The manager's sign-in; the session is a cookie the office sets, so the page keeps no secret. */
export function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<'refused' | 'failed' | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const person = OfficeSignIn.safeParse({ name, password });
    if (!person.success) return setProblem('refused');
    setBusy(true);
    try {
      await signIn(person.data);
      setProblem(undefined);
      onSignedIn();
    } catch (error) {
      setProblem(error instanceof OfficeCallError && error.reason === 'signedOut' ? 'refused' : 'failed');
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="panel office-sign-in" onSubmit={(event) => void submit(event)} data-testid="office-sign-in">
      <h2>{t('officePage.signIn.title')}</h2>
      <label>
        {t('officePage.signIn.name')}
        <input className="touch" autoComplete="username" value={name} onChange={(event) => setName(event.target.value)} required />
      </label>
      <label>
        {t('officePage.signIn.password')}
        <input className="touch" type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} required />
      </label>
      {problem && (
        <p className="device-error" role="alert">
          {problem === 'refused' ? t('officePage.signIn.refused') : t('officePage.failed')}
        </p>
      )}
      <button type="submit" className="touch selected" disabled={busy}>
        {t('officePage.signIn.submit')}
      </button>
    </form>
  );
}
