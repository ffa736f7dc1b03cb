import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backgroundCheckFromBytes } from '../electron/db/open';
import { damageDeepInside } from '../electron/db/testing/damage-deep-inside';

/** The built web host as `npm start` runs it, until it ends by itself; its exit code and stderr. */
async function runHost(dataDir: string, until?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const host = spawn(process.execPath, ['out/main/host.js', '--port', '0', '--data-dir', dataDir, '--training', 'caspos'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, KASSA_LOCALE: 'en' },
  });
  let stdout = '';
  let stderr = '';
  host.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (until && stdout.includes(until)) host.kill('SIGTERM');
  });
  host.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => host.once('exit', resolve));
  return { code, stdout, stderr };
}

test('a large journal damaged deep inside is checked in the background, and its verdict ends the host with exit 4', async () => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'kassa-damaged-'));
  try {
    // A shop's real database, made by the host itself.
    await runHost(dataDir, 'Ctrl+C stops Kassa.');
    // Larger than the size the start waits for.
    damageDeepInside(join(dataDir, 'kassa.sqlite3'), backgroundCheckFromBytes + 3_000_000);

    const { code, stderr } = await runHost(dataDir);
    expect(code).toBe(4);
    expect(stderr.trim().split('\n').at(-1)).toMatch(/^The database .*kassa\.sqlite3 is damaged, so Kassa did not open it\./);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
