import { expect, test, type Page } from '@playwright/test';
import { formatMoney } from '../shared/money';
import { addDays, ShopClock } from '../shared/shop-time';
import { deviceZReport, line, OfficeFixture, refund, sale } from '../hq/office-reads/testing/office-fixture';
import { freshDatabase, noTestServer, type TestDatabase } from '../hq/testing/postgres';
import { startOfficePageHost, type OfficePageHost } from '../hq/web/testing/office-page-host';

if (noTestServer) console.warn(`office page e2e skipped: ${noTestServer}`);

const manager = { name: 'Leyla', password: 'office-pass-1' };
const clock = new ShopClock('Asia/Baku');
/** Yesterday on the shop's clock: a whole day, whatever the hour the test runs. */
const day = addDays(clock.dateOf(Date.now()), -1);
const at = (hour: number) => new Date(clock.dayRange(day).from.getTime() + hour * 3_600_000).toISOString();

let db: TestDatabase;
let host: OfficePageHost;

test.describe('the office page in Chromium', () => {
  test.skip(noTestServer !== undefined, noTestServer);
  // The manager's browser speaks English until the page is told otherwise.
  test.use({ locale: 'en-GB' });

  test.beforeAll(async () => {
    db = await freshDatabase();
    const office = new OfficeFixture(db.pool);
    const shop = await office.shop('Nizami küçəsi', 'Asia/Baku', 'AZN');
    const first = await office.till(shop, 'Kassa 1', 30, '0.1.0');
    const second = await office.till(shop, 'Kassa 2', 7200, '0.1.0');

    // A day on the first till: two receipts and a refund, then its Z report, which agrees.
    const bread = await office.document(first, sale([line('Çörək', 'B-1', 1200)], { cash: 1200 }), at(10));
    await office.document(first, sale([line('Çay', 'T-1', 350)], { cash: 350 }), at(11));
    await office.document(first, refund(bread, [line('Çörək', 'B-1', 150)], { cash: 150 }), at(12));
    await office.zReport(first, at(20), { number: '101', cashier: 'Aysel', device: deviceZReport('AZN', 2, 1550, 150), comparison: [], differences: 0 });
    await office.drawer(first, 'device-1', 10_500);

    // A day on the second: one card receipt, one the device refused; its Z report differs by a refund.
    await office.document(second, sale([line('Qəhvə', 'C-1', 4000)], { card: 4000 }), at(13));
    await office.document(second, sale([line('Qəhvə', 'C-1', 9999)], { cash: 9999 }), at(14), { state: 'rejected', deviceDocumentId: null });
    await office.zReport(second, at(21), {
      number: '202',
      cashier: 'Rəşad',
      device: deviceZReport('AZN', 1, 4000, 100),
      comparison: [{ section: 'moneyBack', figure: 'total', journal: 0, device: 100, differs: true }],
      differences: 1,
    });
    host = await startOfficePageHost(db.pool, manager);
  });

  test.afterAll(async () => {
    await host?.close();
    await db?.drop();
  });

  test('a manager signs in and sees both tills’ sales and Z reports of the day, in four languages', async ({ page }) => {
    const policyViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
    await page.goto(`${host.url}?date=${day}`);

    await signIn(page);
    await expect(page.getByTestId('office-till')).toHaveCount(2);
    await expect(page.getByTestId('office-till').nth(0)).toHaveAttribute('data-online', 'true');
    await expect(page.getByTestId('office-till').nth(1)).toHaveAttribute('data-online', 'false');
    await expect(page.getByTestId('office-till').nth(0)).toContainText(formatMoney(10_500, 'AZN', 'en'));

    const tills = page.getByTestId('sales-till');
    await expect(tills).toHaveCount(2);
    await expect(tills.nth(0)).toContainText('Kassa 1');
    await expect(tills.nth(0)).toContainText(formatMoney(1400, 'AZN', 'en'));
    await expect(tills.nth(1)).toContainText('Kassa 2');
    await expect(tills.nth(1)).toContainText(formatMoney(4000, 'AZN', 'en'));
    // The refused receipt is in no figure: 12.00 + 3.50 − 1.50 + 40.00.
    await expect(page.getByTestId('tile-net')).toContainText(formatMoney(5400, 'AZN', 'en'));
    await expect(page.getByTestId('tile-receipts')).toContainText('3');
    // The till dashboard's chart, drawn: four hours with sales from 10:00 to 13:00.
    await expect(page.getByTestId('hourly-sales').locator('.recharts-bar-rectangle').first()).toBeVisible();
    await page.getByTestId('hours-as-table').click();
    await expect(page.getByTestId('hours-table').locator('tbody tr')).toHaveCount(4);

    const zReports = page.getByTestId('z-report');
    await expect(zReports).toHaveCount(2);
    await expect(zReports.nth(0)).toContainText('101');
    await expect(zReports.nth(0)).toContainText(formatMoney(1550, 'AZN', 'en'));
    await expect(zReports.nth(1)).toContainText('202');
    await expect(zReports.nth(1)).toHaveClass(/differs/);
    await expect(page.getByTestId('difference')).toHaveCount(1);
    await expect(page.getByTestId('difference')).toContainText('202');
    await expect(page.getByTestId('difference')).toContainText(formatMoney(100, 'AZN', 'en'));

    await page.locator('[data-locale="az"]').click();
    await expect(page.getByRole('heading', { name: 'Mağaza ofisi' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Kassalar' })).toBeVisible();
    await expect(page.getByTestId('tile-net')).toContainText(formatMoney(5400, 'AZN', 'az'));
    await page.locator('[data-locale="ru"]').click();
    await expect(page.getByRole('heading', { name: 'Z-отчёты' })).toBeVisible();
    await page.locator('[data-locale="uk"]').click();
    await expect(page.getByRole('heading', { name: 'Продажі за день' })).toBeVisible();
    await expect(page.getByTestId('sales-till').nth(1)).toContainText(formatMoney(4000, 'AZN', 'uk'));
    // The language chosen stays chosen.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Офіс магазину' })).toBeVisible();
    await expect(page.getByTestId('sales-till')).toHaveCount(2);

    // The next day (today) has none of it.
    await page.getByTestId('next-day').click();
    await expect(page.getByTestId('z-report')).toHaveCount(0);
    await expect(page.getByTestId('tile-net')).toContainText(formatMoney(0, 'AZN', 'uk'));
    expect(policyViolations).toEqual([]);
  });
});

/** The sign-in refuses a wrong password in the page's words, then lets the manager in. */
async function signIn(page: Page): Promise<void> {
  const form = page.getByTestId('office-sign-in');
  await expect(form).toBeVisible();
  await form.getByLabel('Name').fill(manager.name);
  await form.getByLabel('Password').fill('wrong');
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(form.getByRole('alert')).toHaveText('The name or the password is wrong.');
  await form.getByLabel('Password').fill(manager.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(form).toBeHidden();
}
