import { app, BrowserWindow, Menu, session, type WebContents } from 'electron';
import { navigationAllowed, shortcutBlocked } from './window-policy';

/** Before the app is ready: every renderer sandboxed, whatever a window asks for. */
export function sandboxEverything(): void {
  app.enableSandbox();
}

/**
 * The renderer is a local, trusted bundle. It never needs to leave app://kassa/, open windows or
 * ask for camera, microphone, location or notifications, so all of that is refused for every
 * contents, frames included. No menu either: its accelerators would reload the page or open the
 * developer tools, and the app has nothing to put in one.
 */
export function lockDownSessions(): void {
  Menu.setApplicationMenu(null);
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => {
      if (!navigationAllowed(event)) event.preventDefault();
    });
    contents.on('will-frame-navigate', (event) => {
      if (!navigationAllowed(event)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

export interface WindowOptions {
  preload: string;
  kiosk: boolean;
  /** The installed app or a kiosk (window-policy.ts shellLocked): no developer tools, reload or zoom. */
  locked: boolean;
}

export function createSecureWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    kiosk: options.kiosk,
    fullscreen: options.kiosk,
    autoHideMenuBar: true,
    backgroundColor: '#0f1720',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      devTools: !options.locked,
    },
  });
  if (options.locked) {
    window.webContents.on('before-input-event', (event, input) => {
      if (shortcutBlocked(input)) event.preventDefault();
    });
    // A pinch on the touch screen would zoom the counter out of shape.
    void window.webContents.setVisualZoomLevelLimits(1, 1);
  }
  return window;
}
