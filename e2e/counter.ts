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
