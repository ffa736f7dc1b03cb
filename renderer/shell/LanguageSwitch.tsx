import { useTranslation } from 'react-i18next';
import { localeNames, localeShortNames } from '../../shared/i18n/resources';
import { locales, type Locale } from '../../shared/locale';

export function LanguageSwitch({ current, onChange }: { current: Locale; onChange: (locale: Locale) => void }) {
  const { t } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('shell.language')}>
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className={locale === current ? 'touch selected' : 'touch'}
          aria-pressed={locale === current}
          data-locale={locale}
          onClick={() => onChange(locale)}
        >
          <span className="long">{localeNames[locale]}</span>
          <span className="short" title={localeNames[locale]}>
            {localeShortNames[locale]}
          </span>
        </button>
      ))}
    </div>
  );
}
