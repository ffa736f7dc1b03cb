import { useTranslation } from 'react-i18next';
import { currencyOf } from '../../shared/device';
import { errorMessageKey } from '../../shared/i18n/resources';
import { useDeviceStatus } from '../queries/use-device-status';
import { useLocale } from '../queries/use-locale';
import { KassaCallError } from '../kassa-api';
import { Clock } from './Clock';
import { LanguageSwitch } from './LanguageSwitch';
import { ReceiptPanel } from './ReceiptPanel';
import { StatusBar } from './StatusBar';

export function CashierShell() {
  const { t } = useTranslation();
  const { locale, query, setLocale } = useLocale();
  const device = useDeviceStatus();

  if (query.isError) {
    const code = query.error instanceof KassaCallError ? query.error.error.code : 'internal';
    return (
      <main className="splash" role="alert">
        <p>{t('shell.startFailed')}</p>
        <p>{t(errorMessageKey[code])}</p>
      </main>
    );
  }
  if (!locale) {
    return (
      <main className="splash" aria-busy="true">
        {t('shell.loading')}
      </main>
    );
  }
  return (
    <div className="shell" data-testid="cashier-shell">
      <StatusBar device={device.data} />
      <main className="workspace">
        <ReceiptPanel currency={currencyOf(device.data?.kind ?? 'caspos')} locale={locale} />
      </main>
      <footer className="footer">
        <LanguageSwitch current={locale} onChange={setLocale} />
        <Clock locale={locale} />
      </footer>
    </div>
  );
}
