import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { formatMoney } from '../shared/money';
import type { OfficeStatus } from '../shared/ipc/office-channels';
import type { EnrolmentCodeAnswer, Shop } from '../shared/office/office-admin';
import type { ZReportRecord } from '../shared/reports/z-report';
import { line, sale, tenders } from '../electron/devices/caspos/testing/documents';
import { freshDatabase, noTestServer, type TestDatabase } from '../hq/testing/postgres';
import { OfficeProcess } from './office-process';
import { startBuiltWebHost, type RunningHost } from './web-host';

if (noTestServer) console.warn(`office two-tills e2e skipped: ${noTestServer}`);

const manager = { name: 'Leyla', password: 'office-pass-1' };
/** At most this many polls, 250 ms apart, for a till's outbox to empty. */
const pushPolls = 240;

let workDir: string;
let db: TestDatabase;
let office: OfficeProcess;
const tills: RunningHost[] = [];
const zNumbers = new Map<string, string>();

/** A day on a real till: joined to the office, a shift opened, receipts sold on its training device, the Z report, all pushed. */
async function dayOnTill(shop: Shop, name: string, cashSales: number[]): Promise<void> {
  const till = await startBuiltWebHost({ args: ['--training', 'caspos'] });
  tills.push(till);
  const code = (await office.call('POST', `/api/office/shops/${shop.id}/enrolment-codes`, {})).body as EnrolmentCodeAnswer;
  const joined = await till.call('office.join', { address: office.url, fingerprint: office.certificate().fingerprint, code: code.code, tillName: name });
  expect(joined).toMatchObject({ ok: true });
  expect(await till.call('shift.open', { openingFloat: 0 })).toMatchObject({ ok: true });
  for (const price of cashSales) {
    const sold = await till.call('document.submit', { document: sale({ lines: [line({ price, quantity: 1000, discount: 0 })], tenders: tenders({ cash: price }) }) });
    expect(sold).toMatchObject({ ok: true, value: { state: 'done' } });
  }
  const z = await till.call('report.z', {});
  expect(z).toMatchObject({ ok: true });
  zNumbers.set(name, (z.value as ZReportRecord).reportNumber);
  let waiting = -1;
  for (let polls = 0; waiting !== 0 && polls < pushPolls; polls += 1) {
    const status = (await till.call('office.status', {})).value as OfficeStatus;
    waiting = status.joined ? status.waiting : -1;
    if (waiting !== 0) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(waiting, `${name} pushed its day`).toBe(0);
}

test.describe('the office page over two real tills', () => {
  test.skip(noTestServer !== undefined, noTestServer);
  // The office's certificate is its own (no authority signs it): the manager's browser is told to take it, as a manager does once after comparing its fingerprint.
  test.use({ locale: 'en-GB', ignoreHTTPSErrors: true });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    workDir = mkdtempSync(join(tmpdir(), 'kassa-e2e-office-'));
    db = await freshDatabase();
    office = await OfficeProcess.start(join(workDir, 'office'), db, manager);
    const shop = (await office.call('POST', '/api/office/shops', { name: 'Nizami küçəsi' })).body as Shop;
    await dayOnTill(shop, 'Kassa 1', [1200, 350]);
    await dayOnTill(shop, 'Kassa 2', [4000]);
  });

  test.afterAll(async () => {
    for (const till of tills) await till.stop();
    await office?.kill();
    await db?.drop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  test('a manager signs in on the office service and sees both tills’ sales and Z reports of their day', async ({ page }) => {
    await page.goto(office.url);
    const form = page.getByTestId('office-sign-in');
    await form.getByLabel('Name').fill(manager.name);
    await form.getByLabel('Password').fill(manager.password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(form).toBeHidden();

    await expect(page.getByTestId('office-till')).toHaveCount(2);
    const sales = page.getByTestId('sales-till');
    await expect(sales).toHaveCount(2);
    await expect(sales.filter({ hasText: 'Kassa 1' })).toContainText(formatMoney(1550, 'AZN', 'en'));
    await expect(sales.filter({ hasText: 'Kassa 2' })).toContainText(formatMoney(4000, 'AZN', 'en'));
    await expect(page.getByTestId('tile-net')).toContainText(formatMoney(5550, 'AZN', 'en'));
    await expect(page.getByTestId('tile-receipts')).toContainText('3');

    const zReports = page.getByTestId('z-report');
    await expect(zReports).toHaveCount(2);
    // Each till's own Z report, with its number and the day it closed: receipts and takings as its device counted them.
    for (const [name, receipts, takings] of [['Kassa 1', 2, 1550], ['Kassa 2', 1, 4000]] as const) {
      const row = zReports.filter({ hasText: name });
      await expect(row).toHaveCount(1);
      await expect(row.locator('td').nth(0)).toHaveText(zNumbers.get(name)!);
      await expect(row.locator('td').nth(3)).toHaveText(String(receipts));
      await expect(row.locator('td').nth(4)).toHaveText(formatMoney(takings, 'AZN', 'en'));
    }
    // Each till's Z report agrees with its journal: no difference to show.
    await expect(page.getByTestId('difference')).toHaveCount(0);
  });
});
