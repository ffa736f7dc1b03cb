import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyOf, timeZoneOf } from '../../shared/device';
import { errorMessageKey } from '../../shared/i18n/resources';
import { KassaCallError } from '../kassa-api';
import { useDeviceStatus } from '../queries/use-device-status';
import { useLocale } from '../queries/use-locale';
import { useShiftStatus } from '../queries/use-shift';
import { CashScreen } from '../cash/CashScreen';
import { CatalogueScreen } from '../catalogue/CatalogueScreen';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { ReceiptsScreen } from '../receipts/ReceiptsScreen';
import { SaleScreen } from '../sale/SaleScreen';
import { useSession } from '../session-store';
import { CashierNameDialog } from '../shift/CashierNameDialog';
import { OpenShiftDialog } from '../shift/OpenShiftDialog';
import { ShiftBar } from '../shift/ShiftBar';
import { Clock } from './Clock';
import { LanguageSwitch } from './LanguageSwitch';
import { Navigation, type Screen } from './Navigation';
import { StatusBar } from './StatusBar';

export function CashierShell() {
  const { t } = useTranslation();
  const { locale, query, setLocale } = useLocale();
  const device = useDeviceStatus();
  const shift = useShiftStatus();
  const cashierName = useSession((s) => s.cashierName);
  const [openingShift, setOpeningShift] = useState(false);
  const [screen, setScreen] = useState<Screen>('sale');

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
  const kind = device.data?.kind ?? 'caspos';
  const currency = currencyOf(kind);
  const needsName = shift.data?.open === true && !cashierName && !openingShift;
  return (
    <div className="shell" data-testid="cashier-shell">
      <StatusBar device={device.data} />
      <ShiftBar locale={locale} onOpenShift={() => setOpeningShift(true)} />
      <main className="workspace">
        {screen === 'sale' && <SaleScreen currency={currency} locale={locale} onNeedShift={() => setOpeningShift(true)} />}
        {screen === 'receipts' && <ReceiptsScreen currency={currency} locale={locale} />}
        {screen === 'cash' && <CashScreen currency={currency} locale={locale} />}
        {screen === 'catalogue' && <CatalogueScreen currency={currency} locale={locale} />}
        {screen === 'dashboard' && <DashboardScreen currency={currency} locale={locale} timeZone={timeZoneOf(kind)} />}
      </main>
      <footer className="footer">
        <Navigation current={screen} onChange={setScreen} />
        <LanguageSwitch current={locale} onChange={setLocale} />
        <Clock locale={locale} />
      </footer>
      {openingShift && <OpenShiftDialog currency={currency} locale={locale} onClose={() => setOpeningShift(false)} />}
      {needsName && <CashierNameDialog onClose={() => undefined} />}
    </div>
  );
}
