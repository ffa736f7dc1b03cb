import { preloadQrCode } from '../sale/qr-code';
import { lazyScreen } from './lazy-screen';
import { quietMoment } from './quiet-moment';

/**
 * Every screen but the sale screen, each in its own chunk: the counter paints without waiting for
 * reports, charts (recharts), settings or the catalogue editor, and fetches them once it has
 * painted (prefetchScreens), so a tap on any of them is as quick as before the split.
 */
export const receiptsScreen = lazyScreen(() => import('../receipts/ReceiptsScreen').then((m) => m.ReceiptsScreen));
export const cashScreen = lazyScreen(() => import('../cash/CashScreen').then((m) => m.CashScreen));
export const catalogueScreen = lazyScreen(() => import('../catalogue/CatalogueScreen').then((m) => m.CatalogueScreen));
export const reportsScreen = lazyScreen(() => import('../reports/ReportsScreen').then((m) => m.ReportsScreen));
export const closeShiftDialog = lazyScreen(() => import('../reports/CloseShiftDialog').then((m) => m.CloseShiftDialog));
export const dashboardScreen = lazyScreen(() => import('../dashboard/DashboardScreen').then((m) => m.DashboardScreen));
export const settingsScreen = lazyScreen(() => import('../settings/SettingsScreen').then((m) => m.SettingsScreen));

/** Shown once per shop, or when the database is lost: never on the way to the counter. */
export const setupWizard = lazyScreen(() => import('../setup/SetupWizard').then((m) => m.SetupWizard));
export const startupProblemScreen = lazyScreen(() => import('../startup/StartupProblemScreen').then((m) => m.StartupProblemScreen));

const counterScreens = [receiptsScreen, cashScreen, catalogueScreen, reportsScreen, closeShiftDialog, dashboardScreen, settingsScreen];

/** Half a second without a key or a touch: a scanner's burst is over, or has not begun. */
const quietMs = 500;
let prefetching: Promise<void> | undefined;

/**
 * Fetches, one at a time and each at a quiet moment, the receipt's QR code (needed after the first
 * sale) and the counter's other screens, once per page however often the counter mounts. A chunk
 * that fails here is fetched again by the tap that needs it.
 */
export function prefetchScreens(): Promise<void> {
  return (prefetching ??= (async () => {
    await quietMoment(quietMs);
    await preloadQrCode().catch(() => undefined);
    for (const screen of counterScreens) {
      await quietMoment(quietMs);
      await screen.preload().catch(() => undefined);
    }
  })());
}
