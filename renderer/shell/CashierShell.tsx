import { useState } from 'react';
import { currencyOf, timeZoneOf } from '../../shared/device';
import type { Locale } from '../../shared/locale';
import { useDeviceStatus } from '../queries/use-device-status';
import { CashScreen } from '../cash/CashScreen';
import { CatalogueScreen } from '../catalogue/CatalogueScreen';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { ReceiptsScreen } from '../receipts/ReceiptsScreen';
import { CloseShiftDialog } from '../reports/CloseShiftDialog';
import { ReportsScreen, type ReportTab } from '../reports/ReportsScreen';
import { SaleScreen } from '../sale/SaleScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { OpenShiftDialog } from '../shift/OpenShiftDialog';
import { ShiftBar } from '../shift/ShiftBar';
import { Clock } from './Clock';
import { LanguageSwitch } from './LanguageSwitch';
import { Navigation, type Screen } from './Navigation';
import { StatusBar } from './StatusBar';

/** The signed-in person's screens, with the device's and the shift's state always in sight. */
export function CashierShell({ locale, setLocale }: { locale: Locale; setLocale: (locale: Locale) => void }) {
  const device = useDeviceStatus();
  const [openingShift, setOpeningShift] = useState(false);
  const [screen, setScreen] = useState<Screen>('sale');
  const kind = device.data?.kind ?? 'caspos';
  const currency = currencyOf(kind);
  const [reportTab, setReportTab] = useState<ReportTab>('x');
  const [openZ, setOpenZ] = useState<number>();
  const [justTakenZ, setJustTakenZ] = useState<number>();
  const [closingShift, setClosingShift] = useState(false);
  return (
    <div className="shell" data-testid="cashier-shell">
      <StatusBar device={device.data} />
      {/* The languages and the clock share the shift's row, so the screens' buttons below fit one row. */}
      <div className="shift-row">
        <ShiftBar locale={locale} onOpenShift={() => setOpeningShift(true)} onCloseShift={() => setClosingShift(true)} />
        <LanguageSwitch current={locale} onChange={setLocale} />
        <Clock locale={locale} />
      </div>
      <main className="workspace">
        {screen === 'sale' && <SaleScreen currency={currency} locale={locale} onNeedShift={() => setOpeningShift(true)} />}
        {screen === 'receipts' && <ReceiptsScreen currency={currency} locale={locale} />}
        {screen === 'cash' && <CashScreen currency={currency} locale={locale} />}
        {screen === 'catalogue' && <CatalogueScreen currency={currency} locale={locale} />}
        {screen === 'reports' && (
          <ReportsScreen currency={currency} locale={locale} tab={reportTab} onTab={setReportTab} openZ={openZ} onOpenZ={setOpenZ} justTakenZ={justTakenZ} onCloseShift={() => setClosingShift(true)} />
        )}
        {screen === 'dashboard' && <DashboardScreen currency={currency} locale={locale} timeZone={timeZoneOf(kind)} />}
        {screen === 'settings' && <SettingsScreen locale={locale} />}
      </main>
      <footer className="footer">
        <Navigation current={screen} onChange={setScreen} />
      </footer>
      {openingShift && <OpenShiftDialog currency={currency} locale={locale} onClose={() => setOpeningShift(false)} />}
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
