import { expect, test } from '@playwright/test';
import { breadBarcode, milkBarcode } from './catalogue-fixture';
import { keypad, scan, startTheDay, useCounter } from './counter';

/**
 * The customer-facing display is a second page (Electron: a second window) at #customer. It follows
 * the cashier's cart through the main process's event stream, in the customers' language (here
 * Russian while the cashier works in English), and shows the change once the sale is paid.
 */
const counter = useCounter();

test('the customer page follows the cart line by line, shows the total, then the change, in its own language', async ({ page, context }) => {
  test.setTimeout(120_000);
  expect(await counter.host.call('settings.update', { customerLocale: 'ru' })).toMatchObject({ ok: true, value: { customerLocale: 'ru' } });
  await startTheDay(page, counter.host.url, { width: 1024, height: 768 });
  const customer = await context.newPage();
  await customer.setViewportSize({ width: 1024, height: 600 });
  await customer.goto(`${counter.host.url}#customer`);
  const display = customer.getByTestId('customer-display');
  await expect(display).toContainText('Добро пожаловать');
  await expect(customer.locator('html')).toHaveAttribute('lang', 'ru');

  await page.locator('body').click();
  await scan(page, breadBarcode);
  const lines = customer.getByTestId('customer-lines').locator('li');
  await expect(lines).toHaveCount(1);
  await expect(lines.first()).toContainText('Çörək ağ');
  await expect(customer.getByTestId('customer-total')).toHaveText('0,70 ₼');
  await scan(page, breadBarcode);
  await scan(page, milkBarcode);
  await expect(lines).toHaveCount(2);
  await expect(customer.getByTestId('customer-total')).toHaveText('3,29 ₼');
  await expect(display).toContainText('Итого');

  // A display opened (or reloaded) mid-sale starts from the cart as it is.
  await customer.reload();
  await expect(lines).toHaveCount(2);
  await expect(customer.getByTestId('customer-total')).toHaveText('3,29 ₼');

  // Paid 5 in cash: the customer reads the change in their language.
  await page.getByTestId('pay').click();
  await page.getByTestId('tender-cash').click();
  await keypad(page, '5');
  await page.getByTestId('confirm-pay').click();
  await expect(page.getByTestId('result-change')).toHaveText('₼1.71');
  await expect(customer.getByTestId('customer-change')).toHaveText('1,71 ₼');
  await expect(customer.getByTestId('customer-paid')).toHaveText('5,00 ₼');
  await expect(display).toContainText('Сдача');
  await customer.screenshot({ path: 'test-results/screens/ru-1024x600-customer-change.png' });

  // The next customer is welcomed.
  await page.getByTestId('next-sale').click();
  await expect(display).toContainText('Добро пожаловать');
});
