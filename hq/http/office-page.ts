import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** On every answer of the service: nothing cached, sniffed, framed, referred; HTTPS remembered. */
export const serviceHeaders = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000',
} as const;

const types = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.woff2', 'font/woff2'],
  ['.json', 'application/json; charset=utf-8'],
]);

/**
 * A file of the built office page (out/hq-web/). `/` and any path without an extension is its
 * index, so the page's own addresses (`/tills`) load it too. Outside the folder: not found.
 */
export async function officePageFile(pageRoot: string, path: string): Promise<{ body: Buffer; type: string } | undefined> {
  let name: string;
  try {
    name = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const root = resolve(pageRoot);
  const file = normalize(join(root, extname(name) === '' ? 'index.html' : name));
  const type = types.get(extname(file));
  if (!type || !file.startsWith(root + sep)) return undefined;
  const found = await stat(file).catch(() => undefined);
  return found?.isFile() ? { body: await readFile(file), type } : undefined;
}
