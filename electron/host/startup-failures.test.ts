import { copyFileSync, mkdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { closeDatabase, openDatabase } from '../db/open';
import { exitCodeOf } from '../startup/startup-failure';
import { spawnTs } from '../testing/spawn-ts';
import { useTempDirs } from '../testing/temp-dir';

const tempDir = useTempDirs();

/** The web host's entry as `npm start` runs it, on a prepared data folder; its stderr and exit code. */
function startHost(dataDir: string, locale: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawnTs('electron/host/cli.ts', ['--port', '0', '--data-dir', dataDir], { KASSA_LOCALE: locale });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    // A host that got past the database is not what these tests expect: stop it, the code tells.
    if (chunk.toString().includes('http://127.0.0.1')) child.kill('SIGKILL');
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

/** A real journal of some size, so damage lands in pages SQLite must read. */
function shopDatabase(dataDir: string): string {
  const file = join(dataDir, 'kassa.sqlite3');
  const db = openDatabase(file);
  migrate(db, migrations);
  const insert = db.prepare("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, '')");
  for (let i = 0; i < 2_000; i++) insert.run(`filler-${i}`, JSON.stringify('x'.repeat(200)));
  closeDatabase(db);
  return file;
}

/** The person sees one line, the reason and what to do; no stack in the terminal, only in the log. */
function expectOneLine(stderr: string, pattern: RegExp | string): void {
  const lines = stderr.trim().split('\n');
  expect(lines.at(-1)).toMatch(pattern);
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe('web host start-up failures', () => {
  it('a file that is not a database: refused by its header, exit 4', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'kassa.sqlite3'), 'these are somebody’s notes, not a journal\n'.repeat(50));
    const { code, stderr } = await startHost(dataDir, 'en');
    expect(code).toBe(exitCodeOf.damaged);
    expectOneLine(stderr, /^The database .*kassa\.sqlite3 is damaged, so Kassa did not open it\. Close Kassa, move that file/);
  });

  it('a malformed database (pages overwritten): refused by quick_check, exit 4, in Russian', async () => {
    const dataDir = tempDir();
    const file = shopDatabase(dataDir);
    // The header page stays, everything after it is garbage.
    writeFileSync(file, Buffer.concat([readFileSync(file).subarray(0, 4096), Buffer.alloc(statSync(file).size - 4096, 0x41)]));
    const { code, stderr } = await startHost(dataDir, 'ru');
    expect(code).toBe(exitCodeOf.damaged);
    expectOneLine(stderr, /^База данных .*kassa\.sqlite3 повреждена, поэтому Kassa её не открыла\./);
  });

  it('a truncated database: exit 4, in Azerbaijani', async () => {
    const dataDir = tempDir();
    const source = shopDatabase(tempDir());
    copyFileSync(source, join(dataDir, 'kassa.sqlite3'));
    truncateSync(join(dataDir, 'kassa.sqlite3'), Math.floor(statSync(source).size / 2));
    const { code, stderr } = await startHost(dataDir, 'az');
    expect(code).toBe(exitCodeOf.damaged);
    expectOneLine(stderr, /^.*kassa\.sqlite3 verilənlər bazası zədələnib, ona görə Kassa onu açmadı\./);
  });

  it('a folder in place of the database file: exit 5, in Ukrainian', async () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'kassa.sqlite3'));
    const { code, stderr } = await startHost(dataDir, 'uk');
    expect(code).toBe(exitCodeOf.notAFile);
    expectOneLine(stderr, /kassa\.sqlite3 не є файлом \(так називається тека\), тому Kassa не може ним користуватися\./);
  });

  it('a data folder that is a file: exit 5', async () => {
    const dataDir = join(tempDir(), 'not-a-folder');
    writeFileSync(dataDir, 'x');
    const { code, stderr } = await startHost(dataDir, 'en');
    expect(code).toBe(exitCodeOf.notAFile);
    expectOneLine(stderr, `${dataDir} is not a file (a folder has its name)`);
  });
});
