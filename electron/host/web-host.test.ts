import fc from 'fast-check';
import { request as httpRequest } from 'node:http';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxImportFileBytes } from '../../shared/catalog-file-import';
import { contract } from '../../shared/ipc/contract';
import { channelNames } from '../../shared/ipc/names';
import { ErrorCode } from '../../shared/result';
import type { KassaApp } from '../app/create-app';
import { PickedFiles } from '../catalog/picked-files';
import { migrations } from '../db/migrations';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp } from '../testing/test-app';
import { contentSecurityPolicy } from '../../shared/content-security-policy';
import { bodyLimitOf } from './read-body';
import { importFileReceiver } from './import-file-receiver';
import { startWebHost, type WebHost } from './web-host';

const tempDir = useTempDirs();
let app: KassaApp;
let host: WebHost;

beforeEach(async () => {
  const rendererDir = tempDir();
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>K</title></head><body></body></html>');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  app = await startTestApp(tempDir());
  host = await startWebHost({
    dispatch: app.dispatch,
    bus: app.context.bus,
    logger: app.context.logger,
    rendererDir,
    port: 0,
    receiveImportFile: importFileReceiver({ problem: () => null, running: Promise.resolve(app) }),
  });
});

afterEach(async () => {
  await host.close();
  await app.close();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http rather than fetch, so a test can send what a browser never would (a false Host). */
function send(method: string, path: string, options: { body?: string | Buffer; headers?: Record<string, string> } = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, method, path, headers: { Host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const call = (channel: string, body: string | Buffer, token = host.token) =>
  send('POST', `/api/${channel}`, { body, headers: { 'Content-Type': 'application/json', 'x-kassa-token': token } });

describe('web host: channels', () => {
  it('answers a valid call with the handler’s result', async () => {
    const answer = await call('settings.setLocale', JSON.stringify({ locale: 'ru' }));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ ok: true, value: { locale: 'ru' } });
    expect(JSON.parse((await call('settings.getLocale', '{}')).body)).toEqual({ ok: true, value: { locale: 'ru' } });
  });

  it('answers garbage on every channel with a typed invalid_input error and keeps running', async () => {
    const garbage = [
      'null',
      '42',
      '"text"',
      'true',
      '[]',
      '[{}]',
      '{"extra":1}',
      '{"locale":42}',
      '{"__proto__":{"polluted":true}}',
      '{',
      'not json at all',
      '\u0000\u0001\u0002',
      '['.repeat(5000) + ']'.repeat(5000),
      JSON.stringify({ locale: 'az', extra: 'x' }),
    ];
    for (const channel of channelNames) {
      for (const body of garbage) {
        const answer = await call(channel, body);
        expect({ channel, body: body.slice(0, 30), status: answer.status }).toEqual({ channel, body: body.slice(0, 30), status: 400 });
        const result = JSON.parse(answer.body) as { ok: boolean; error: { code: string; message: string } };
        expect(result.ok).toBe(false);
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.message.length).toBeGreaterThan(0);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.parse((await call('app.info', '{}')).body)).toMatchObject({ ok: true, value: { host: 'web', schemaVersion: migrations.length } });
  });

  it('answers any JSON value on any channel with a result, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channelNames), fc.jsonValue(), async (channel, value) => {
        const answer = await call(channel, JSON.stringify(value));
        const result = JSON.parse(answer.body) as { ok: boolean; error?: { code: string } };
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) return;
        // Input outside the channel's schema is invalid_input; valid input may meet a typed refusal.
        if (!contract[channel].input.safeParse(value).success) expect(result.error?.code).toBe('invalid_input');
        else expect(ErrorCode.options).toContain(result.error?.code);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses calls without the run token, with a wrong one, or from a foreign Host', async () => {
    const missing = await send('POST', '/api/app.info', { body: '{}' });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect((await call('app.info', '{}', host.token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')))).status).toBe(401);
    const rebound = await send('POST', '/api/app.info', {
      body: '{}',
      headers: { Host: 'evil.example:80', 'x-kassa-token': host.token },
    });
    expect(rebound.status).toBe(421);
  });

  it('answers an unknown channel, a wrong method and an oversized body with typed errors', async () => {
    const unknown = await call('journal.dropEverything', '{}');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect((await send('GET', '/api/app.info')).status).toBe(405);
    const huge = await call('settings.setLocale', Buffer.alloc(2 * 1024 * 1024, 'a'));
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toMatchObject({ ok: false, error: { code: 'payload_too_large' } });
  });

  it('takes catalogue files up to 64 MiB on the import channels only', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `Məhsul nömrə ${i} uzun adla;${1_000_000 + i};${i};1,99;vat18`);
    const csv = ['name;barcodes;code;price;vat', ...rows].join('\n');
    const body = JSON.stringify({ csv });
    expect(Buffer.byteLength(body)).toBeGreaterThan(1024 * 1024);
    const preview = await call('catalog.importPreview', body);
    expect(preview.status).toBe(200);
    expect(JSON.parse(preview.body)).toMatchObject({ ok: true, value: { rows: 40_000, valid: 40_000, problems: [] } });
    expect(JSON.parse((await call('catalog.import', JSON.stringify({ csv, mode: 'replace' }))).body)).toEqual({ ok: true, value: { imported: 40_000 } });
    // The same bytes on another channel are refused.
    expect((await call('catalog.search', body)).status).toBe(413);
    // Past 64 MiB the upload is cut off while the client still sends, which it sees as a reset
    // connection rather than as the 413; so the limits themselves are checked here.
    expect(bodyLimitOf('catalog.import')).toBe(64 * 1024 * 1024);
    expect(bodyLimitOf('catalog.importPreview')).toBe(64 * 1024 * 1024);
    expect(bodyLimitOf('catalog.export')).toBe(1024 * 1024);
    expect(bodyLimitOf('__proto__')).toBe(1024 * 1024);
  });
});

describe('web host: catalogue files', () => {
  const upload = (body: string | Buffer, headers: Record<string, string> = {}) =>
    send('POST', '/upload/catalogue', { body, headers: { 'Content-Type': 'text/csv', 'x-kassa-token': host.token, ...headers } });

  it('streams an uploaded file into the data folder and imports it by the id it answers', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `Məhsul ${i};${1_000_000 + i};${i};1,99;vat18`);
    const answer = await upload(['name;barcodes;code;price;vat', ...rows].join('\n'));
    expect(answer.status).toBe(200);
    const { value } = JSON.parse(answer.body) as { value: { fileId: string } };
    expect(value.fileId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(readdirSync(join(app.context.dataDir, 'import-uploads'))).toHaveLength(1);
    expect(JSON.parse((await call('catalog.previewFile', JSON.stringify(value))).body)).toMatchObject({ ok: true, value: { rows: 30_000, valid: 30_000 } });
    expect(JSON.parse((await call('catalog.importFile', JSON.stringify({ ...value, mode: 'replace' }))).body)).toEqual({ ok: true, value: { imported: 30_000 } });
  });

  it('refuses an upload without the token, or one larger than the limit by its stated length, and keeps nothing', async () => {
    expect((await upload('name\n', { 'x-kassa-token': 'wrong' })).status).toBe(401);
    expect((await send('GET', '/upload/catalogue')).status).toBe(405);
    const huge: Answer | Error = await upload('name\n', { 'Content-Length': String(maxImportFileBytes + 1) }).catch((error: Error) => error);
    // The host answers before reading and closes; what the client sees first may be either.
    if (!(huge instanceof Error)) {
      expect(huge.status).toBe(413);
      expect(JSON.parse(huge.body)).toMatchObject({ ok: false, error: { code: 'import_too_large' } });
    }
    expect(existsSync(join(app.context.dataDir, 'import-uploads'))).toBe(false);
  });

  it('cuts off a body that runs past the limit while it streams, keeping no part of it', async () => {
    const dir = join(tempDir(), 'uploads');
    const files = new PickedFiles(dir, 1024 * 1024);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const endless = Readable.from((function* () {
      for (;;) yield chunk;
    })());
    await expect(files.receive(endless)).rejects.toMatchObject({ code: 'import_too_large' });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('web host: page and files', () => {
  it('hands the token to the page it serves, under a strict CSP', async () => {
    const page = await send('GET', `/?token=${host.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="kassa-host-token" content="${host.token}">`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("object-src 'none'");
    // The same policy and headers as the desktop app's app://kassa/ protocol.
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
  });

  it('does not serve the page without the token', async () => {
    const page = await send('GET', '/');
    expect(page.status).toBe(401);
    expect(page.body).not.toContain(host.token);
  });

  it('serves built files and nothing outside the renderer folder', async () => {
    const script = await send('GET', '/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['x-content-type-options']).toBe('nosniff');
    expect(script.headers['cache-control']).toBe('no-store');
    expect((await send('GET', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await send('GET', '/..%2f..%2fpackage.json')).status).toBe(404);
    expect((await send('GET', '/assets/..%2f..%2f..%2fetc%2fpasswd')).status).toBe(404);
    expect((await send('GET', '/..%5c..%5cpackage.json')).status).toBe(404);
    expect((await send('GET', '/assets/missing.js')).status).toBe(404);
  });

  it('listens on loopback only', () => {
    expect(host.url.startsWith('http://127.0.0.1:')).toBe(true);
  });
});

describe('web host: events', () => {
  it('streams the latest device status first, then new events, to a subscriber with the token', async () => {
    expect((await send('GET', '/events')).status).toBe(401);

    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${host.port}/events?token=${host.token}`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const messages: unknown[] = [];
    const readUntil = async (count: number) => {
      let buffer = '';
      while (messages.length < count) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const frames = buffer.split('\n\n');
        buffer = frames.pop() ?? '';
        for (const frame of frames) if (frame.startsWith('data: ')) messages.push(JSON.parse(frame.slice(6)));
      }
    };
    await readUntil(1);
    expect(messages[0]).toMatchObject({ event: 'device.status', payload: { deviceId: 'training', training: true } });

    const replayed = messages.length;
    app.context.bus.emit('journal.progress', { deviceId: 'training', unsettled: 3, recovering: true });
    await readUntil(replayed + 1);
    expect(messages.at(-1)).toEqual({ event: 'journal.progress', payload: { deviceId: 'training', unsettled: 3, recovering: true } });
    controller.abort();
  });
});
