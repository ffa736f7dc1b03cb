import { screen, type BrowserWindow } from 'electron';
import { appEntryUrl } from '../host/app-url';
import { createSecureWindow } from './secure-window';

/**
 * The customer-facing display: the same renderer at #customer, in a window of its own, filling
 * the second screen where there is one (beside the cashier's otherwise). It goes with the
 * cashier's window, which stays the one that quits the app.
 */
export function openCustomerWindow(cashier: BrowserWindow, options: { preload: string; locked: boolean }): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const second = screen.getAllDisplays().find((display) => display.id !== primary.id);
  const window = createSecureWindow({ preload: options.preload, kiosk: false, locked: options.locked });
  if (second) {
    window.setBounds(second.workArea);
    window.setFullScreen(true);
  }
  window.setMenuBarVisibility(false);
  window.once('ready-to-show', () => window.showInactive());
  cashier.once('closed', () => {
    if (!window.isDestroyed()) window.destroy();
  });
  void window.loadURL(`${appEntryUrl}#customer`);
  return window;
}
