import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../shared/catalog-file-import';
import { formatLocale, type Locale } from '../../shared/locale';

/**
 * Where the running preview or import is: rows checked, rows per second and time left while the
 * file is read (with a Cancel), then the write, which is no longer cancellable.
 */
export function ImportProgressLine({ progress, locale, onCancel }: { progress: ImportProgress; locale: Locale; onCancel: () => void }) {
  const { t } = useTranslation();
  const number = new Intl.NumberFormat(formatLocale[locale]);
  const counts = { rows: number.format(progress.rows), speed: number.format(progress.rowsPerSecond) };
  return (
    <div className="import-progress" data-testid="import-progress">
      <p role="status">
        {progress.state === 'writing'
          ? t('catalogue.importWriting', counts)
          : progress.secondsLeft === null
            ? t('catalogue.importReadingNoEta', counts)
            : t('catalogue.importReading', { ...counts, left: number.format(progress.secondsLeft) })}
      </p>
      {progress.state === 'reading' && (
        <button type="button" className="touch" onClick={onCancel} data-testid="import-cancel">
          {t('catalogue.cancelImport')}
        </button>
      )}
    </div>
  );
}
