import { useTranslation } from 'react-i18next';
import type { DoctorCheck } from '../../shared/doctor';

/** The doctor's checks, one line each: what works, and for what does not, the fix (a driver's own i18n keys). */
export function ConnectionChecks({ checks }: { checks: readonly DoctorCheck[] }) {
  const { t } = useTranslation();
  return (
    <ul className="connection-checks" data-testid="connection-checks">
      {checks.map((check) => (
        <li key={check.name} className={check.ok ? 'ok' : 'failed'} data-check={check.name} data-ok={check.ok}>
          <span aria-hidden="true">{check.ok ? '✓' : '✗'}</span> {t(check.message as never, check.values ?? {})}
        </li>
      ))}
    </ul>
  );
}
