import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnTs } from '../../testing/spawn-ts';
import { useTempDirs } from '../../testing/temp-dir';
import { exitCode, runCasposCli } from './cli-run';
import { startCasposSimulator, type CasposSimulator } from './simulator/server';

const tempDir = useTempDirs();
let device: CasposSimulator;
beforeAll(async () => {
  device = await startCasposSimulator();
});
afterAll(async () => device.close());

async function run(args: string[], locale = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCasposCli(args, { KASSA_LOCALE: locale }, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function dataFile(content: unknown): string {
  const file = join(tempDir(), 'request.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('npm run caspos', () => {
  it('getInfo, getShiftStatus and isConnectedPrinter need no data file', async () => {
    const info = await run(['getInfo', '--url', device.url]);
    expect(info).toMatchObject({ code: exitCode.done });
    expect(info.out).toContain('"model": "SUNMI V2s (TƏLİM / TRAINING)"');
    expect((await run(['getShiftStatus', '--url', device.url])).out).toContain('"open": false');
    expect((await run(['isConnectedPrinter', '--url', device.url])).out).toBe('Done.');
  });

  it('explains a refusal in the cashier’s language, with the action to take', async () => {
    const result = await run(['deposit', '--url', device.url, '--data', dataFile({ sum: 5, cashierName: 'Aysel', currency: 'AZN' })], 'ru');
    expect(result.code).toBe(exitCode.rejected);
    expect(result.out).toContain('Устройство отказало: код 503');
    expect(result.out).toContain('Что делать:');
    expect(result.out).toMatch(/documentUUID [0-9a-f-]{36}/);
  });

  it('sends a whole request from a file and prints the raw answer on request', async () => {
    const open = await run(['openShift', '--url', device.url, '--data', dataFile({ data: { sum: 10 }, cashierName: 'Aysel' })]);
    expect(open.code).toBe(exitCode.done);
    const uuid = '0f6ad1c4-8d3e-4c52-9a53-33b1c4d8a001';
    const deposit = ['deposit', '--url', device.url, '--raw', '--data', dataFile({ documentUUID: uuid, sum: 5, cashierName: 'Aysel', currency: 'AZN' })];
    const first = await run(deposit);
    expect(first.code).toBe(exitCode.done);
    expect(first.out).toContain('"code":"0"');
    const again = await run(deposit);
    expect(again.out).toContain('Done earlier: the device already had this documentUUID');
  });

  it.each([
    [['sale', '--url', 'http://127.0.0.1:1/'], /needs --data/],
    [['fly', '--url', 'http://127.0.0.1:1/'], /Unknown operation “fly”/],
    [['getInfo'], /--url/],
    [['getInfo', '--url', 'ftp://127.0.0.1/'], /--url/],
    [['getInfo', '--url', 'http://127.0.0.1:1/', '--colour'], /Invalid option/],
  ])('refuses %j with a usage message', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(exitCode.usage);
    expect(result.err).toMatch(message);
  });

  it('refuses a data file that does not match the document, before sending anything', async () => {
    const before = device.memory.all().length;
    const result = await run(['deposit', '--url', device.url, '--data', dataFile({ sum: 'five', cashierName: 'Aysel', currency: 'AZN' })]);
    expect(result.code).toBe(exitCode.usage);
    expect(result.err).toContain('data.sum');
    expect(device.memory.all().length).toBe(before);
    expect((await run(['deposit', '--url', device.url, '--data', join(tempDir(), 'missing.json')])).err).toContain('Cannot read');
  });

  it('says when nothing reached the device', async () => {
    const result = await run(['getInfo', '--url', 'http://127.0.0.1:1/']);
    expect(result.code).toBe(exitCode.unknown);
    expect(result.out).toContain('Nothing was sent');
  });
});

describe('the command-line entries', () => {
  it('npm run device:caspos serves a training device that npm run caspos can talk to', async () => {
    const child = spawnTs('electron/devices/caspos/simulator/cli.ts', ['--port', '0'], { KASSA_LOCALE: 'en' });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
          if (match) resolve(match[0]);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
      });
      const cli = spawnTs('electron/devices/caspos/cli.ts', ['getInfo', '--url', url], { KASSA_LOCALE: 'en' });
      let printed = '';
      cli.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
      const code = await new Promise((resolve) => cli.once('exit', resolve));
      expect(code).toBe(0);
      expect(printed).toContain('TƏLİM KASSASI');
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('the training device refuses a non-loopback address', async () => {
    const child = spawnTs('electron/devices/caspos/simulator/cli.ts', ['--host', '198.51.100.7'], { KASSA_LOCALE: 'en' });
    let printed = '';
    child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(2);
    expect(printed).toContain('loopback addresses only');
    await expect(startCasposSimulator({ host: '192.0.2.1' })).rejects.toThrow(/loopback/);
  });
});
