import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoSecrets } from '../testing/assert-no-secrets';
import { capturedLines } from '../testing/captured-lines';
import { useTempDirs } from '../testing/temp-dir';
import { createLogger, logsDirOf, openAppLog, rememberSecret } from './logger';
import { isSecretName } from './secret-names';

const tempDir = useTempDirs();

function capture() {
  const { stream, lines } = capturedLines();
  return { logger: createLogger(stream), lines, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('secret names', () => {
  it.each(['password', 'Password', 'devicePassword', 'device_password', 'pin', 'managerPin', 'PIN_CODE', 'token', 'x-kassa-token', 'hostToken', 'accessToken', 'secret', 'clientSecret', 'authorization', 'credentials', 'passphrase', 'apiKey', 'api_key', 'privateKey', 'encryptionKey', 'pinHash', 'password_salt', 'cookie'])(
    '%s is secret',
    (name) => expect(isSecretName(name)).toBe(true),
  );

  it.each(['key', 'value', 'tokenVersion', 'pinned', 'spinner', 'passed', 'username', 'keyboard', 'hash', 'url', 'deviceId', 'updated_at', 'bypass'])('%s is not', (name) =>
    expect(isSecretName(name)).toBe(false),
  );
});

describe('the logger', () => {
  it('censors secret fields at the top, nested, deep, and under any spelling', () => {
    const { logger, entries, lines } = capture();
    logger.info(
      {
        password: 'top-level-pw-1',
        device: { url: 'http://127.0.0.1:5544/', credentials: { username: 'kassa', password: 'nested-pw-2' } },
        manager: { name: 'Aysel', pin: '48213' },
        a: { b: { c: { d: { e: { devicePassword: 'deep-pw-3', managerPin: 59314, note: 'kept' } } } } },
        headers: { 'x-kassa-token': 'header-token-4', Authorization: 'Bearer bearer-token-5' },
        tokenVersion: '2.1',
      },
      'device added',
    );
    const [entry] = entries();
    expect(entry).toMatchObject({
      msg: 'device added',
      password: '[redacted]',
      device: { url: 'http://127.0.0.1:5544/', credentials: '[redacted]' },
      manager: { name: 'Aysel', pin: '[redacted]' },
      a: { b: { c: { d: { e: { devicePassword: '[redacted]', managerPin: '[redacted]', note: 'kept' } } } } },
      headers: { 'x-kassa-token': '[redacted]', Authorization: '[redacted]' },
      tokenVersion: '2.1',
    });
    for (const secret of ['top-level-pw-1', 'nested-pw-2', '48213', 'deep-pw-3', '59314', 'header-token-4', 'bearer-token-5']) expect(lines[0]).not.toContain(secret);
  });

  it('censors secrets inside error messages, stacks, causes and their fields', () => {
    const { logger, entries, lines } = capture();
    rememberSecret(logger, 'hunter2-device');
    const cause = new Error('login refused for password hunter2-device');
    const error = Object.assign(new Error('GET http://127.0.0.1:4870/events?token=abcDEF123_- failed', { cause }), {
      config: { url: 'http://kassa:url-pw-6@127.0.0.1:5544/', headers: { authorization: 'Basic a2Fzc2E6cHc=' } },
    });
    logger.child({ module: 'sender' }).error({ err: error }, 'request failed');
    const line = lines[0]!;
    for (const secret of ['hunter2-device', 'abcDEF123_-', 'url-pw-6', 'a2Fzc2E6cHc=']) expect(line).not.toContain(secret);
    expect(entries()[0]).toMatchObject({ module: 'sender', msg: 'request failed', err: { type: 'Error', message: expect.stringContaining('?token=[redacted] failed') as unknown } });
    expect(line).toContain('login refused for password [redacted]');
    expect(line).toContain('http://[redacted]@127.0.0.1:5544/');
  });

  it('censors a remembered value in any message, also one logged before by a child', () => {
    const { logger, lines } = capture();
    const child = logger.child({ module: 'web-host' });
    rememberSecret(child, 'Qz9-token-value');
    logger.warn(`opened with "Qz9-token-value" and Qz9-token-value`);
    expect(lines[0]).not.toContain('Qz9-token-value');
    expect(lines[0]).toContain('[redacted]');
    // Too short to look for by its text: such a value is censored by its field's name only.
    rememberSecret(logger, '2468');
    logger.info({ count: 2468 }, 'counted');
    expect(lines[1]).toContain('"count":2468');
  });
});

describe('log files', () => {
  it('writes JSON lines into <dataDir>/logs and rotates them by size, keeping the newest files', async () => {
    const dataDir = tempDir();
    const log = openAppLog(dataDir, { host: 'web', stderr: false, size: '2K', keep: 3 });
    expect(log.dir).toBe(logsDirOf(dataDir));
    for (let i = 0; i < 200; i++) log.logger.info({ i, password: `pw-${i}-secret` }, 'entry');
    await log.close();
    const files = readdirSync(log.dir).sort();
    expect(files).toEqual(['web.log', 'web.log.1', 'web.log.2', 'web.log.3']);
    const newest = readFileSync(join(log.dir, 'web.log'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { i: number; password: string });
    expect(newest.at(-1)).toMatchObject({ i: 199, password: '[redacted]' });
    // The oldest entries were rotated away; the kept ones follow each other.
    const kept = ['web.log.3', 'web.log.2', 'web.log.1', 'web.log'].flatMap((name) =>
      readFileSync(join(log.dir, name), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { i: number }).i),
    );
    expect(kept[0]).toBeGreaterThan(0);
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, n) => kept[0]! + n));
    expect(assertNoSecrets(log.dir, Array.from({ length: 200 }, (_, i) => `pw-${i}-secret`))).toHaveLength(4);
  });

  it('goes on after a write fails, and a late entry after closing does not crash', async () => {
    const log = openAppLog(tempDir(), { host: 'electron', stderr: false });
    log.logger.info('before');
    await log.close();
    log.logger.info('after closing');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(readFileSync(join(log.dir, 'electron.log'), 'utf8')).toContain('"msg":"before"');
  });
});
