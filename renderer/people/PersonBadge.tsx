import { useTranslation } from 'react-i18next';
import { useSignOut } from '../queries/use-session';
import { useSession } from '../session-store';
import { roleKey } from './labels';

/** Who is signed in, and the lock: a cashier stepping away locks the station in one touch. */
export function PersonBadge() {
  const { t } = useTranslation();
  const person = useSession((s) => s.person);
  const signOut = useSignOut();
  if (!person) return null;
  return (
    <div className="person-badge" data-testid="person-badge">
      <span>
        <strong>{person.name}</strong> · {t(roleKey[person.role])}
      </span>
      <button type="button" className="touch" onClick={() => signOut.mutate()} data-testid="lock-station">
        {t('people.lock')}
      </button>
    </div>
  );
}
