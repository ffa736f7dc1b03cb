import { expect, type Page } from '@playwright/test';
import { startCasposSimulator, type CasposSimulator } from '../electron/devices/caspos/simulator/server';
import { catalogueCsv } from './catalogue-fixture';
import { e2eManager, startBuiltWebHost, type RunningHost } from './web-host';

/** A shop for a spec: its own training device, the web host selling on it, the catalogue imported. */
export interface TrainingShop {
  device: CasposSimulator;
  host: RunningHost;
  close(): Promise<void>;
}

export async function openTrainingShop(): Promise<TrainingShop> {
  const device = await startCasposSimulator();
  const host = await startBuiltWebHost({ args: ['--device-url', device.url] });
  expect(await host.call('catalog.import', { csv: catalogueCsv, mode: 'replace' })).toMatchObject({ ok: true, value: { imported: 5 } });
  return {
    device,
    host,
    close: async () => {
      await host.stop();
      await device.close();
    },
  };
}

/** Digits on the keypad at a person's pace (the scanner guard hands them on), then OK. */
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
