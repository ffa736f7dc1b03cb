import { isAppUrl } from '../host/app-url';

/**
 * The installed app and any kiosk are locked: a cashier cannot open the developer tools, reload
 * the page mid-sale or zoom the screen out of shape. A developer's unpackaged run is not.
 */
export function shellLocked(shell: { packaged: boolean; kiosk: boolean }): boolean {
  return shell.packaged || shell.kiosk;
}

/** A key press as Electron's before-input-event gives it. */
export interface KeyPress {
  key: string;
  control: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
}

/** Developer tools, reload and zoom; Chromium handles these even with no menu to carry them. */
export function shortcutBlocked(input: KeyPress): boolean {
  const key = input.key.toLowerCase();
  if (key === 'f5' || key === 'f12' || key === 'browserrefresh') return true;
  const command = input.control || input.meta;
  if (!command) return false;
  // Reload (also the hard reload with Shift), and the zoom keys of the main and numeric keyboard.
  if (key === 'r' || ['+', '=', '-', '_', '0'].includes(key)) return true;
  // Developer tools, console and element picker: Ctrl+Shift+I/J/C, Cmd+Option+I/J/C.
  return (input.shift || input.alt) && ['i', 'j', 'c'].includes(key);
}

/**
 * The renderer is one page that never leaves itself: a navigation is allowed only in the top
 * frame and only within app://kassa/. Links to elsewhere, iframes navigating and redirects out
 * are refused.
 */
export function navigationAllowed(navigation: { url: string; isMainFrame: boolean }): boolean {
  return navigation.isMainFrame && isAppUrl(navigation.url);
}
