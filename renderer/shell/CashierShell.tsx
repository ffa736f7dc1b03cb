import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyOf } from '../../shared/device';
import { errorMessageKey } from '../../shared/i18n/resources';
import { KassaCallError } from '../kassa-api';
import { useDeviceStatus } from '../queries/use-device-status';
import { useLocale } from '../queries/use-locale';
import { useShiftStatus } from '../queries/use-shift';
import { CashScreen } from '../cash/CashScreen';
import { CatalogueScreen } from '../catalogue/CatalogueScreen';
import { ReceiptsScreen } from '../receipts/ReceiptsScreen';
import { CloseShiftDialog } from '../reports/CloseShiftDialog';
import { ReportsScreen, type ReportTab } from '../reports/ReportsScreen';
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
  const [reportTab, setReportTab] = useState<ReportTab>('x');
  const [openZ, setOpenZ] = useState<number>();
  const [justTakenZ, setJustTakenZ] = useState<number>();
  const [closingShift, setClosingShift] = useState(false);

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
  const currency = currencyOf(device.data?.kind ?? 'caspos');
  const needsName = shift.data?.open === true && !cashierName && !openingShift;
  return (
    <div className="shell" data-testid="cashier-shell">
      <StatusBar device={device.data} />
      <ShiftBar locale={locale} onOpenShift={() => setOpeningShift(true)} onCloseShift={() => setClosingShift(true)} />
      <main className="workspace">
        {screen === 'sale' && <SaleScreen currency={currency} locale={locale} onNeedShift={() => setOpeningShift(true)} />}
        {screen === 'receipts' && <ReceiptsScreen currency={currency} locale={locale} />}
        {screen === 'cash' && <CashScreen currency={currency} locale={locale} />}
        {screen === 'catalogue' && <CatalogueScreen currency={currency} locale={locale} />}
        {screen === 'reports' && (
          <ReportsScreen currency={currency} locale={locale} tab={reportTab} onTab={setReportTab} openZ={openZ} onOpenZ={setOpenZ} justTakenZ={justTakenZ} onCloseShift={() => setClosingShift(true)} />
        )}
      </main>
      <footer className="footer">
        <Navigation current={screen} onChange={setScreen} />
        <LanguageSwitch current={locale} onChange={setLocale} />
        <Clock locale={locale} />
      </footer>
      {openingShift && <OpenShiftDialog currency={currency} locale={locale} onClose={() => setOpeningShift(false)} />}
      {needsName && <CashierNameDialog onClose={() => undefined} />}
      {closingShift && (
        <CloseShiftDialog
          currency={currency}
          locale={locale}
          onClose={() => setClosingShift(false)}
          onDone={(id) => {
            setClosingShift(false);
            setScreen('reports');
            setReportTab('z');
            setOpenZ(id);
            setJustTakenZ(id);
          }}
        />
      )}
    </div>
  );
}
