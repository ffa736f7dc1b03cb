import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { assertNoSecrets } from './assert-no-secrets';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

function folder(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'logs'));
  writeFileSync(join(dir, 'logs', 'web.log'), '{"msg":"device added","password":"[redacted]"}\n');
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ locale: 'az' }));
  return dir;
}

describe('assertNoSecrets', () => {
  it('reads every file of a folder and its subfolders and passes when no secret is there', () => {
    expect(assertNoSecrets(folder(), ['pw-Ünïcode"quoted', 'manager-pin-4821']).sort()).toEqual(['logs/web.log', 'settings.json']);
  });

  it('names the file where a secret is, in any of the forms files carry it', () => {
    const secret = 'pä"ss word';
    for (const [form, text] of [
      ['as typed', `password ${secret}`],
      ['JSON-escaped', JSON.stringify({ note: secret })],
      ['URL-encoded', `http://127.0.0.1/?p=${encodeURIComponent(secret)}`],
    ] as const) {
      const dir = folder();
      writeFileSync(join(dir, 'logs', 'web.log.1'), text);
      expect(() => assertNoSecrets(dir, ['other-secret', secret]), form).toThrow('Secret #2 ("pä…", 10 characters) found in logs/web.log.1');
    }
  });

  it('reads the entries of a zip, alone or inside a folder', () => {
    const dir = folder();
    const zip = zipSync({ 'app.json': strToU8('{}'), 'logs/web.log': strToU8('token=Zq81-host-token') });
    writeFileSync(join(dir, 'diagnostics.zip'), zip);
    expect(() => assertNoSecrets(join(dir, 'diagnostics.zip'), ['Zq81-host-token'])).toThrow('found in diagnostics.zip:logs/web.log');
    expect(() => assertNoSecrets(dir, ['Zq81-host-token'])).toThrow('found in diagnostics.zip:logs/web.log');
    expect(assertNoSecrets(join(dir, 'diagnostics.zip'), ['absent-secret'])).toEqual(['diagnostics.zip', 'diagnostics.zip:app.json', 'diagnostics.zip:logs/web.log']);
  });

  it('refuses an empty secret, which would match everything', () => {
    expect(() => assertNoSecrets(folder(), [''])).toThrow('empty secret');
  });
});
