import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../testing/temp-dir';
import { contentSecurityPolicy } from '../../shared/content-security-policy';
import { serveRendererRequest } from './renderer-protocol';

const tempDir = useTempDirs();
let rendererDir: string;
let outside: string;

beforeEach(() => {
  const root = tempDir();
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Kassa</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  // A file beside the renderer folder, as package.json and the database are in a real install.
  outside = join(root, 'secret.key');
  writeFileSync(outside, 'not for the page');
});

const get = (url: string, method = 'GET') => serveRendererRequest(new Request(url, { method }), rendererDir);

describe('app://kassa/ protocol', () => {
  it('serves the page with the CSP and the security headers', async () => {
    for (const url of ['app://kassa/', 'app://kassa/index.html']) {
      const answer = await get(url);
      expect(answer.status, url).toBe(200);
      expect(await answer.text()).toBe('<!doctype html><title>Kassa</title>');
      expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(answer.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
      expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('serves the bundle’s files with their type, never sniffed', async () => {
    const script = await get('app://kassa/assets/app.js');
    expect(script.status).toBe(200);
    expect(await script.text()).toBe('console.log(1)');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    const head = await get('app://kassa/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('refuses every way out of the renderer folder', async () => {
    for (const url of [
      'app://kassa/../secret.key',
      'app://kassa/%2e%2e/secret.key',
      'app://kassa/..%2fsecret.key',
      'app://kassa/assets/..%2f..%2fsecret.key',
      'app://kassa/%2e%2e%2fsecret.key',
      'app://kassa/..%5csecret.key',
      `app://kassa/${encodeURIComponent(outside)}`,
      'app://kassa/%00',
      'app://kassa/%E0%A4%A',
    ]) {
      const answer = await get(url);
      expect(answer.status, url).toBe(404);
      expect(await answer.text(), url).toBe('');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('answers nothing for another host, a missing file, an unknown type or a folder', async () => {
    writeFileSync(join(rendererDir, 'notes.txt'), 'x');
    for (const url of ['app://other/index.html', 'app://kassa/missing.js', 'app://kassa/notes.txt', 'app://kassa/assets', 'app://kassa/assets/']) {
      expect((await get(url)).status, url).toBe(404);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const answer = await get('app://kassa/index.html', 'POST');
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('GET, HEAD');
  });
});
