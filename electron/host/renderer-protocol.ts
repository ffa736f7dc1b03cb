import { appEntryUrl, isAppUrl } from './app-url';
import { commonHeaders, rendererFileHeaders } from './security-headers';
import { readStaticFile } from './static-files';

/**
 * Answers a request of the app://kassa/ protocol with a file of the built renderer, under the
 * same headers the web host sends. A plain Request → Response function, so it runs in plain Node
 * (tests) as well as behind Electron's protocol.handle. Anything outside the renderer folder, or
 * for another host, is not found.
 */
export async function serveRendererRequest(request: Request, rendererDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: { ...commonHeaders, Allow: 'GET, HEAD' } });
  }
  if (!isAppUrl(request.url)) return new Response(null, { status: 404, headers: commonHeaders });
  const { pathname } = new URL(request.url);
  const file = await readStaticFile(rendererDir, pathname === '/' ? new URL(appEntryUrl).pathname : pathname);
  if (!file) return new Response(null, { status: 404, headers: commonHeaders });
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), { status: 200, headers: rendererFileHeaders(file.contentType) });
}
