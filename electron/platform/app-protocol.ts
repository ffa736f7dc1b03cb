import { protocol } from 'electron';
import { appScheme } from '../host/app-url';
import { serveRendererRequest } from '../host/renderer-protocol';

/**
 * Before the app is ready: app:// becomes a standard, secure origin like https, so the page gets
 * an origin of its own (not file://, which every local file shares), module scripts and fetch.
 * The same privileges electron-serve gives its scheme, less service workers.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

/** Once ready: app://kassa/ answers with the built renderer, CSP and security headers included. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, (request) => serveRendererRequest(request, rendererDir));
}
