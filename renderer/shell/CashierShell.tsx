import { Suspense, useCallback, useEffect, useState, useTransition } from 'react';
import { currencyOf, timeZoneOf } from '../../shared/device';
import type { Locale } from '../../shared/locale';
import { useDeviceStatus } from '../queries/use-device-status';
import type { ReportTab } from '../reports/ReportsScreen';
import { SaleScreen } from '../sale/SaleScreen';
import { OpenShiftDialog } from '../shift/OpenShiftDialog';
import { ShiftBar } from '../shift/ShiftBar';
import { Clock } from './Clock';
import { LanguageSwitch } from './LanguageSwitch';
import { Navigation, type Screen } from './Navigation';
import { ScreenBoundary } from './ScreenBoundary';
import { cashScreen, catalogueScreen, closeShiftDialog, dashboardScreen, prefetchScreens, receiptsScreen, reportsScreen, settingsScreen } from './screens';
import { StatusBar } from './StatusBar';

const { Screen: CashScreen } = cashScreen;
const { Screen: CatalogueScreen } = catalogueScreen;
const { Screen: CloseShiftDialog } = closeShiftDialog;
const { Screen: DashboardScreen } = dashboardScreen;
const { Screen: ReceiptsScreen } = receiptsScreen;
const { Screen: ReportsScreen } = reportsScreen;
const { Screen: SettingsScreen } = settingsScreen;

const lazyScreens = {
  receipts: receiptsScreen,
  cash: cashScreen,
  catalogue: catalogueScreen,
  reports: reportsScreen,
  dashboard: dashboardScreen,
  settings: settingsScreen,
} satisfies Record<Exclude<Screen, 'sale'>, { ready(): boolean }>;

/** The signed-in person's screens, with the device's and the shift's state always in sight. */
export function CashierShell({ locale, setLocale }: { locale: Locale; setLocale: (locale: Locale) => void }) {
  const device = useDeviceStatus();
  const [openingShift, setOpeningShift] = useState(false);
  const [screen, setScreenNow] = useState<Screen>('sale');
  // A screen whose chunk is not here yet keeps the current one on view until it is (a
  // transition): never a blank or a spinner at the counter. A screen that is here switches at
  // once, in the tap's own event, so the scanner's keys right after F1 reach the sale screen.
  const [, startTransition] = useTransition();
  const setScreen = useCallback((next: Screen) => {
    if (next === 'sale' || lazyScreens[next].ready()) setScreenNow(next);
    else startTransition(() => setScreenNow(next));
  }, []);
  // Once the counter is on screen, the other screens' chunks are fetched at quiet moments.
  useEffect(() => void prefetchScreens(), []);
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
        {/* The boundary outside the keyed one: a transition keeps what it already shows. */}
        <Suspense>
          <ScreenBoundary key={screen}>
            {screen === 'sale' && <SaleScreen currency={currency} locale={locale} onNeedShift={() => setOpeningShift(true)} />}
            {screen === 'receipts' && <ReceiptsScreen currency={currency} locale={locale} />}
            {screen === 'cash' && <CashScreen currency={currency} locale={locale} />}
            {screen === 'catalogue' && <CatalogueScreen currency={currency} locale={locale} />}
            {screen === 'reports' && (
              <ReportsScreen currency={currency} locale={locale} tab={reportTab} onTab={setReportTab} openZ={openZ} onOpenZ={setOpenZ} justTakenZ={justTakenZ} onCloseShift={() => setClosingShift(true)} />
            )}
            {screen === 'dashboard' && <DashboardScreen currency={currency} locale={locale} timeZone={timeZoneOf(kind)} />}
            {screen === 'settings' && <SettingsScreen locale={locale} />}
          </ScreenBoundary>
        </Suspense>
      </main>
      <footer className="footer">
        <Navigation current={screen} onChange={setScreen} />
      </footer>
      {openingShift && <OpenShiftDialog currency={currency} locale={locale} onClose={() => setOpeningShift(false)} />}
      {/* Prefetched with the screens; should the tap come first, the dialog appears once fetched. */}
      <Suspense>
        <ScreenBoundary>
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
        </ScreenBoundary>
      </Suspense>
    </div>
  );
}
