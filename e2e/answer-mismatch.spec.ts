import { expect, test } from '@playwright/test';
import { openShiftOn } from '../electron/devices/caspos/testing/wire';
import { startCasposSimulator, type CasposSimulator } from '../electron/devices/caspos/simulator/server';
import { startRewritingProxy, type RewritingProxy } from '../electron/devices/caspos/testing/rewriting-proxy';
import { startBuiltWebHost, type RunningHost } from './web-host';

/** The app talks to the training device through a proxy on 127.0.0.1 that forges the answers' figures. */
let device: CasposSimulator;
let proxy: RewritingProxy;
let host: RunningHost;

test.beforeAll(async () => {
  device = await startCasposSimulator();
  await openShiftOn(device.url, 'Aysel');
  proxy = await startRewritingProxy(device.url);
  host = await startBuiltWebHost({ args: ['--device-url', proxy.url] });
});

test.afterAll(async () => {
  await host.stop();
  await proxy.close();
  await device.close();
});

const sale = {
  kind: 'sale',
  cashierName: 'Aysel',
  lines: [{ name: 'Çörək', code: '4760001000017', codeType: 'ean13', quantity: 1000, unit: 'piece', price: 1001, vatRate: 'vat18' }],
  tenders: { cash: 1001 },
};

test('a sale the device answers with another total and a reused document id is done, and the manager sees both in the reconciliation', async ({ page }) => {
  proxy.rewriteNext('sale', (data) => ({ ...data, totalSum: 5 }));
  const first = await host.call('document.submit', { document: sale });
  expect(first).toMatchObject({ ok: true, value: { state: 'done' } });
  const firstId = (first.value as { result: { documentId: string } }).result.documentId;
  proxy.rewriteNext('sale', (data) => ({ ...data, document_id: firstId }));
  const second = await host.call('document.submit', { document: sale });
  expect(second).toMatchObject({ ok: true, value: { state: 'done', result: { documentId: firstId } } });
  const firstUuid = (first.value as { uuid: string }).uuid;

  await page.goto(host.url);
  await page.locator('[data-locale="ru"]').click();
  await page.getByTestId('nav-reports').click();
  await page.getByTestId('report-tab-reconcile').click();
  const mismatches = page.getByTestId('answer-mismatches');
  await expect(mismatches.getByRole('alert')).toHaveText('Документов, которым не соответствует ответ устройства: 2');
  const rows = mismatches.getByTestId('answer-mismatch');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(/Сумма: в документе 10,01\s₼, в устройстве 5,00\s₼/);
  await expect(rows.nth(1)).toContainText(`Устройство уже выдало идентификатор документа ${firstId} документу ${firstUuid}`);

  // On the control tape: both sales, and the second sale's real document, which the device's
  // forged answer hid from the journal.
  await page.getByTestId('report-tab-tape').click();
  await expect(page.getByTestId('report-table-tape').locator('tr[data-differs]')).toHaveCount(3);
});
