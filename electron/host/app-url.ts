/**
 * The desktop app's renderer is served at app://kassa/ (electron/platform/app-protocol.ts), never
 * from file://, so it has an origin of its own that IPC and navigation checks can hold it to.
 */
export const appScheme = 'app';
export const appHost = 'kassa';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/** True for an address inside the app's own renderer, and for nothing that only looks like it. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${appScheme}:` && parsed.host === appHost && parsed.port === '' && parsed.username === '' && parsed.password === ''
  );
}
