import { expect, test, type Page } from '@playwright/test';
import { formatMoney } from '../shared/money';
import { tillApiPaths } from '../shared/office/till-api';
import { mountedReadRoutes } from '../hq/office/mounted-reads';
import { addOfficePerson } from '../hq/office/office-people';
import { noTestServer } from '../hq/testing/postgres';
import { startTestOffice, type TestOffice } from '../hq/testing/office-service';
import { builtPageFolder } from '../hq/web/testing/office-page-host';

if (noTestServer) console.warn(`office admin e2e skipped: ${noTestServer}`);

const manager = { name: 'Leyla', password: 'office-pass-long-1' };

let office: TestOffice;

/** The catalogue as PostgreSQL holds it: each product's version, price, barcodes and tombstone, and the shop's version. */
async function storedCatalogue() {
  const { rows: products } = await office.db.pool.query<{ name: string; version: string; price: string; barcodes: string[]; removed: boolean }>(
    'SELECT name, version, price, barcodes, removed FROM products ORDER BY version',
  );
  const { rows: shops } = await office.db.pool.query<{ catalogue_version: string }>('SELECT catalogue_version FROM shops');
  return {
    shopVersion: shops.map((s) => Number(s.catalogue_version)),
    products: products.map((p) => ({ name: p.name, version: Number(p.version), price: Number(p.price), barcodes: p.barcodes, removed: p.removed })),
  };
}

/** A price typed on the till's keypad, which the office's editor reuses. */
async function typePrice(page: Page, digits: string): Promise<void> {
  await page.getByTestId('product-price').click();
  await page.keyboard.type(digits, { delay: 80 });
  await page.getByTestId('keypad-ok').click();
}

test.describe('the office page manages shops, tills and the catalogue against the real service', () => {
  test.skip(noTestServer !== undefined, noTestServer);
  // The service's own self-signed certificate; the page shows its fingerprint, checked below.
  test.use({ locale: 'en-GB', ignoreHTTPSErrors: true });

  test.beforeAll(async () => {
    office = await startTestOffice(mountedReadRoutes, builtPageFolder);
    await addOfficePerson(office.db.pool, manager.name, manager.password);
  });

  test.afterAll(async () => {
    await office?.stop();
  });

  test('a manager makes a shop, enrols a till with a code from the page and removes it, then keeps the catalogue in Azerbaijani', async ({ page }) => {
    const policyViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
    await page.goto(`${office.service.url}/`);
    const form = page.getByTestId('office-sign-in');
    await form.getByLabel('Name').fill(manager.name);
    await form.getByLabel('Password').fill(manager.password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByText('No till has joined this office yet.')).toBeVisible();

    // A shop, made on the page.
    await page.getByTestId('office-view-shops').click();
    await expect(page.getByText('No shop yet.')).toBeVisible();
    await page.getByTestId('office-shop-name').fill('Nizami küçəsi');
    await page.getByTestId('office-shop-create').click();
    await expect(page.getByTestId('office-shop')).toHaveCount(1);
    await expect(page.getByTestId('office-shop')).toContainText('Nizami küçəsi');

    // Its enrolment code, shown once and big, with the office's fingerprint and the expiry.
    await page.getByTestId('office-shop-enrol').click();
    const code = (await page.getByTestId('enrolment-code').textContent()) ?? '';
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await expect(page.getByTestId('enrolment-fingerprint')).toHaveText(office.certificate.fingerprint);
    await expect(page.getByTestId('enrolment-expires')).toContainText('Valid until');

    // A till joins with that very code, over the till API, while the page shows it.
    const enrol = await office.call('POST', tillApiPaths.enrol, { body: { code, tillName: 'Kassa 1', appVersion: '0.1.0' } });
    expect(enrol.status).toBe(200);
    const { token } = enrol.body as { token: string };
    expect((await office.call('GET', `${tillApiPaths.catalogue}?after=0`, { token })).status).toBe(200);
    // The code worked once: a second till cannot use it.
    expect((await office.call('POST', tillApiPaths.enrol, { body: { code, tillName: 'Kassa 2', appVersion: '0.1.0' } })).status).not.toBe(200);

    // Closing the code reads the tills afresh; the till is removed after a confirm.
    await page.getByTestId('enrolment-done').click();
    await expect(page.getByTestId('enrolment-code')).toHaveCount(0);
    await expect(page.getByTestId('office-till')).toHaveCount(1);
    await expect(page.getByTestId('office-till')).toContainText('Kassa 1');
    await page.getByTestId('office-till-remove').click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('office-till')).toHaveCount(1);
    await page.getByTestId('office-till-remove').click();
    await page.getByTestId('office-till-remove-confirm').click();
    await expect(page.getByTestId('office-till')).toHaveCount(0);
    const { rows: tills } = await office.db.pool.query<{ removed_at: Date | null }>('SELECT removed_at FROM tills');
    expect(tills).toEqual([{ removed_at: expect.any(Date) }]);
    const refused = await office.call('GET', `${tillApiPaths.catalogue}?after=0`, { token });
    expect([refused.status, refused.body]).toEqual([403, expect.objectContaining({ error: 'tillRemoved' })]);

    // The catalogue, in Azerbaijani from here.
    await page.locator('[data-locale="az"]').click();
    await page.getByTestId('office-view-catalogue').click();
    await expect(page.getByRole('heading', { name: 'Nizami küçəsi kataloqu' })).toBeVisible();
    await expect(page.getByTestId('catalogue-version')).toHaveAttribute('data-version', '0');

    // A nameless product is refused by the contract on the page, in the page's words, before any call.
    await page.getByTestId('product-add').click();
    await page.getByTestId('product-save').click();
    await expect(page.getByTestId('product-problems')).toHaveText('Bu sahələri yoxlayın: Ad.');
    await page.getByTestId('product-name').fill('Çörək ağ');
    await typePrice(page, '1,50');
    await page.getByTestId('product-barcodes').fill('4760001000011 4760001000028');
    await page.getByTestId('product-code').fill('B-1');
    await page.getByTestId('product-save').click();
    await expect(page.getByTestId('office-product')).toHaveCount(1);
    await expect(page.getByTestId('office-product-price')).toHaveText(formatMoney(150, 'AZN', 'az'));

    await page.getByTestId('product-add').click();
    await page.getByTestId('product-name').fill('Süd');
    await typePrice(page, '2');
    await page.getByTestId('product-code').fill('M-1');
    await page.getByTestId('product-save').click();
    await expect(page.getByTestId('office-product')).toHaveCount(2);

    // The service refuses a code another product has; the page says so in Azerbaijani and keeps the form.
    await page.getByTestId('product-add').click();
    await page.getByTestId('product-name').fill('Çörək qara');
    await page.getByTestId('product-code').fill('B-1');
    await page.getByTestId('product-save').click();
    await expect(page.getByTestId('product-refused')).toHaveText('Bu mağazanın başqa malında bu kod var.');
    await expect(page.getByTestId('product-name')).toHaveValue('Çörək qara');
    await page.getByRole('button', { name: 'İmtina' }).click();
    await expect(page.getByTestId('office-product')).toHaveCount(2);

    // Search by a barcode's digits, then the price changed.
    await page.getByTestId('product-search').fill('000028');
    await expect(page.getByTestId('office-product')).toHaveCount(1);
    const bread = page.getByTestId('office-product').filter({ hasText: 'Çörək ağ' });
    await bread.getByTestId('office-product-edit').click();
    await expect(page.getByTestId('product-barcodes')).toHaveValue('4760001000011 4760001000028');
    await typePrice(page, '1,75');
    await page.getByTestId('product-save').click();
    await expect(bread.getByTestId('office-product-price')).toHaveText(formatMoney(175, 'AZN', 'az'));
    await page.getByTestId('product-search').fill('');

    // The milk removed after a confirm.
    await page.getByTestId('office-product').filter({ hasText: 'Süd' }).getByTestId('office-product-remove').click();
    await page.getByTestId('office-product-remove-confirm').click();
    await expect(page.getByTestId('office-product')).toHaveCount(1);
    await expect(page.getByTestId('catalogue-version')).toHaveAttribute('data-version', '4');

    // PostgreSQL: one version per change, the edit and the removal at their own, the removal a tombstone.
    expect(await storedCatalogue()).toEqual({
      shopVersion: [4],
      products: [
        { name: 'Çörək ağ', version: 3, price: 175, barcodes: ['4760001000011', '4760001000028'], removed: false },
        { name: 'Süd', version: 4, price: 200, barcodes: [], removed: true },
      ],
    });
    expect(policyViolations).toEqual([]);
  });
});
