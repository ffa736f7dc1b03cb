import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../electron/db/migrate';
import { migrations } from '../electron/db/migrations';
import { closeDatabase, openDatabase } from '../electron/db/open';
import { e2eManager, startBuiltWebHost } from './web-host';

const sale = {
  kind: 'sale',
  cashierName: 'Aysel',
  lines: [{ name: 'Çörək', code: '4760001000017', codeType: 'ean13', quantity: 2000, unit: 'piece', price: 70, vatRate: 'vat18' }],
  tenders: { cash: 200 },
};

/** Waits (a bounded count of looks) until the log says the start's backup is written. */
async function backupsMade(dataDir: string, count: number): Promise<void> {
  const made = () => readFileSync(join(dataDir, 'logs', 'web.log'), 'utf8').split('"msg":"backup made"').length - 1;
  for (let look = 0; look < 400 && made() < count; look++) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(made()).toBe(count);
}

test('a lost database beside the shop’s history opens the recovery screen; restoring the backup brings the sale back', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));

  // A day of the shop: a manager, a shift, a sale. The next start refreshes today's backup.
  const first = await startBuiltWebHost();
  expect(await first.call('shift.open', { openingFloat: 0 })).toMatchObject({ ok: true });
  const sold = await first.call('document.submit', { document: sale });
  expect(sold).toMatchObject({ ok: true, value: { state: 'done' } });
  const uuid = (sold.value as { uuid: string }).uuid;
  await first.kill();
  const second = await startBuiltWebHost({ dataDir: first.dataDir });
  await backupsMade(first.dataDir, 2);
  await second.kill();
  // Each start keeps its own backup: the first start's (before the sale) and this one's (with it).
  expect(readdirSync(join(first.dataDir, 'backups'))).toHaveLength(2);

  // The database is lost; the key, the logs, the training device and the backup are not.
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(first.dataDir, `kassa.sqlite3${suffix}`), { force: true });
  const third = await startBuiltWebHost({ dataDir: first.dataDir, signIn: false });
  try {
    await page.goto(third.url);
    await expect(page.getByTestId('startup-problem')).toBeVisible();
    await page.locator('[data-locale="az"]').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kassanın verilənlər bazası yoxdur');
    await expect(page.getByTestId('startup-command')).toContainText('--data-dir');
    // Starting new waits for the word.
    await page.getByTestId('startup-confirm').fill('NEW');
    await expect(page.getByTestId('startup-new')).toBeDisabled();
    await page.screenshot({ path: testInfo.outputPath('startup-recovery-az.png'), fullPage: true });
    expect(await third.call('setup.status', {})).toMatchObject({ ok: false, error: { code: 'not_permitted' } });

    // Both starts' backups are offered, newest (with the sale) first.
    await expect(page.getByTestId('startup-backup')).toHaveCount(2);
    await page.getByTestId('startup-backup').first().click();
    // The page loads again on the restored shop: its manager is back at the login screen.
    await expect(page.getByText(e2eManager.name)).toBeVisible();
    const people = (await third.call('people.list', {})).value as { id: number; name: string }[];
    const manager = people.find((person) => person.name === e2eManager.name)!;
    expect(await third.call('session.signIn', { personId: manager.id, pin: e2eManager.pin })).toMatchObject({ ok: true });
    expect(await third.call('journal.get', { uuid })).toMatchObject({ ok: true, value: { uuid, state: 'done' } });
    expect(problems).toEqual([]);
  } finally {
    await third.stop();
  }
});

/** Each broken data folder the built host meets: its exit code and the one line it prints last. */
const broken = [
  { name: 'a file that is not a database', code: 4, line: /The database .*kassa\.sqlite3 is damaged, so Kassa did not open it\./, make: (db: string) => writeFileSync(db, 'notes, not a journal\n'.repeat(100)) },
  { name: 'a truncated database', code: 4, line: /The database .*kassa\.sqlite3 is damaged/, make: (db: string) => truncateSync(db, Math.floor(statSync(db).size / 3)) },
  { name: 'a folder in place of the database', code: 5, line: /kassa\.sqlite3 is not a file \(a folder has its name\)/, make: (db: string) => (rmSync(db), mkdirSync(db)) },
] as const;

for (const { name, code, line, make } of broken) {
  test(`the built web host on ${name} exits ${code} with one line saying what to do`, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kassa-e2e-broken-'));
    try {
      const db = openDatabase(join(dataDir, 'kassa.sqlite3'));
      migrate(db, migrations);
      closeDatabase(db);
      make(join(dataDir, 'kassa.sqlite3'));
      const failure = await startBuiltWebHost({ dataDir, signIn: false }).then(
        () => undefined,
        (error: Error) => error.message,
      );
      expect(failure).toMatch(new RegExp(`^web host exited with ${code}:`));
      const lastLine = failure!.trim().split('\n').at(-1);
      expect(lastLine).toMatch(line);
      expect(failure).not.toMatch(/^\s+at /m);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
}
