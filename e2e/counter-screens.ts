/**
 * The counter's screens other than the sale screen, each in a chunk of its own
 * (renderer/shell/screens.ts): its button, its chunk's name and what shows it is open. The
 * code-split spec and the renderer benchmark tap through the same list.
 */
export const lazyCounterScreens = {
  'nav-receipts': { chunk: 'ReceiptsScreen', shown: '.receipts-screen' },
  'nav-cash': { chunk: 'CashScreen', shown: '.cash-screen' },
  'nav-catalogue': { chunk: 'CatalogueScreen', shown: '.catalogue-screen' },
  'nav-reports': { chunk: 'ReportsScreen', shown: '[data-testid="reports-screen"]' },
  'nav-dashboard': { chunk: 'DashboardScreen', shown: '[data-testid="dashboard"]' },
  'nav-settings': { chunk: 'SettingsScreen', shown: '[data-testid="settings-screen"]' },
} as const;

export const counterScreenList = Object.entries(lazyCounterScreens).map(([nav, screen]) => ({ nav, ...screen }));
