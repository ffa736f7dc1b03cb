import { expect, test, type Page } from '@playwright/test';
import { startCasposSimulator, type CasposSimulator } from '../electron/devices/caspos/simulator/server';
import { catalogueCsv } from './catalogue-fixture';
import { e2eManager, startBuiltWebHost, type RunningHost } from './web-host';

export interface Counter {
  device: CasposSimulator;
  host: RunningHost;
}

/**
 * A training device of the spec's own and the built web host selling on it, with the test
 * catalogue imported: started before the spec's tests, stopped after them.
 */
export function useCounter(): Counter {
  const counter = {} as Counter;
  test.beforeAll(async () => {
    counter.device = await startCasposSimulator();
    counter.host = await startBuiltWebHost({ args: ['--device-url', counter.device.url] });
    expect(await counter.host.call('catalog.import', { csv: catalogueCsv, mode: 'replace' })).toMatchObject({ ok: true, value: { imported: 5 } });
  });
  test.afterAll(async () => {
    await counter.host.stop();
    await counter.device.close();
  });
  return counter;
}

/** A scanner types fast and ends with Enter. */
export async function scan(page: Page, code: string) {
  await page.keyboard.type(code, { delay: 4 });
  await page.keyboard.press('Enter');
}

export async function keypad(page: Page, digits: string) {
  await page.keyboard.type(digits, { delay: 120 });
  await page.getByTestId('keypad-ok').click();
}

/** The manager adds a cashier on the Settings screen. */
export async function addCashier(page: Page, person: { name: string; pin: string }) {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-people').click();
  await page.getByTestId('person-name').fill(person.name);
  await page.getByTestId('person-pin').fill(person.pin);
  await page.getByTestId('person-pin-repeat').fill(person.pin);
  await page.getByTestId('person-save').click();
  await expect(page.getByRole('cell', { name: person.name })).toBeVisible();
}

/** A withdrawal names why the cash leaves the drawer, then goes on. */
export async function cashOutReason(page: Page, reason: string) {
  await page.getByTestId('cash-reason').fill(reason);
  await page.getByTestId('cash-reason-next').click();
}

/** The blind count before a Z report: the cash counted in the drawer, on the keypad. */
export async function countDrawer(page: Page, amount: string) {
  await page.getByTestId('counted-cash').click();
  await keypad(page, amount);
}

/** The day starts: the app in English at this size, the shift opened in the signed-in manager's name. */
export async function startTheDay(page: Page, url: string, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await page.goto(url);
  await page.locator('[data-locale="en"]').click();
  await page.getByTestId('open-shift').click();
  await expect(page.getByTestId('cashier-name')).toHaveText(e2eManager.name);
  await page.getByTestId('confirm-open-shift').click();
  await expect(page.getByTestId('shift-left')).toContainText('left');
}

/**
 * A product found by name (the scanner is the cashier-morning spec's subject; here a scan lost to
 * a loaded machine's timing would only blur what fails); a weighed one with its weight in kg.
 */
export async function addByName(page: Page, name: string, kilograms?: string) {
  await page.getByTestId('search').fill(name);
  await page.getByTestId('search-results').getByRole('button', { name: new RegExp(name) }).click();
  if (kilograms) await keypad(page, kilograms);
}

/** The result of a flow: a number, a fiscal id and the QR code, then back to where it started. */
export async function expectResult(page: Page) {
  await expect(page.getByTestId('result')).toBeVisible();
  await expect(page.getByTestId('result-short-id')).toHaveText(/^\w{12}$/);
  await expect(page.getByTestId('result-qr')).toBeVisible();
  await page.getByTestId('next-sale').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** Types a PIN on the PIN pad, as a thumb or a keyboard would. */
export async function pin(page: Page, digits: string) {
  // The approval dialog opens when the main process has refused the call: type once it is there.
  await expect(page.getByTestId('pin-dots')).toBeVisible();
  await page.keyboard.type(digits, { delay: 60 });
  await page.getByTestId('pin-submit').click();
}

/** At the login screen: the person's tile, then their PIN. */
export async function signIn(page: Page, name: string, digits: string) {
  await expect(page.getByTestId('login-screen')).toBeVisible();
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await pin(page, digits);
  await expect(page.getByTestId('person-badge')).toContainText(name);
}
