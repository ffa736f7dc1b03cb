import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A loopback port nothing listens on: the device there refuses every connection. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const isJson = (line: string) => {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
};

test('npm start’s web host shows a person short text lines while its log file stays JSON', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kassa-console-'));
  // A device that does not answer, so the start has a warning to show.
  const deviceUrl = `http://127.0.0.1:${await closedPort()}`;
  const host = spawn(process.execPath, ['out/main/host.js', '--port', '0', '--data-dir', dataDir, '--device-url', deviceUrl], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, KASSA_LOCALE: 'en' },
  });
  let stdout = '';
  let stderr = '';
  host.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  host.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    await expect.poll(() => stdout, { timeout: 30_000 }).toContain('Ctrl+C stops Kassa.');
    const exited = new Promise((resolve) => host.once('exit', resolve));
    host.kill('SIGTERM');
    await exited;

    const shown = [...stdout.split('\n'), ...stderr.split('\n')].filter((line) => line.trim() !== '');
    for (const line of shown) expect(isJson(line), line).toBe(false);
    const out = stdout.trimEnd().split('\n');
    // Tests and people find the address on this line; its shape is kept.
    expect(out[0]).toMatch(/^Kassa is running at http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/);
    expect(out.slice(1)).toEqual([
      '  Device: Caspos Mobile, No connection',
      `  Data folder: ${dataDir}`,
      `  Log file (JSON): ${join(dataDir, 'logs', 'web.log')}`,
      '  Ctrl+C stops Kassa. Warnings and errors are shown here as they happen.',
    ]);
    // The device's silence is a warning, shown as one line of text; info entries stay in the file.
    expect(stderr).toMatch(/^\d\d:\d\d:\d\d warning \[device\]: device did not answer getInfo \(.+\)$/m);
    expect(stderr).not.toContain('listening');

    const entries = readFileSync(join(dataDir, 'logs', 'web.log'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(entries.map((entry) => entry.msg)).toEqual(expect.arrayContaining(['device did not answer getInfo', 'listening']));
    expect(entries.find((entry) => entry.msg === 'device did not answer getInfo')?.level).toBe(40);
  } finally {
    if (host.exitCode === null && host.signalCode === null) host.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
