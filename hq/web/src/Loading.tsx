import { useTranslation } from 'react-i18next';

/** What a panel shows while its read is on the way or after it failed (the next refresh tries again). */
export function Loading({ failed }: { failed: boolean }) {
  const { t } = useTranslation();
  return failed ? (
    <p className="device-error" role="alert">
      {t('officePage.failed')}
    </p>
  ) : (
    <p className="muted">{t('officePage.loading')}</p>
  );
}
