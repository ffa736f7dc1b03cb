import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { assertNoSecrets } from '../electron/testing/assert-no-secrets';
import { startBuiltWebHost, type RunningHost } from './web-host';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startBuiltWebHost();
});
test.afterAll(async () => host.stop());

const managerPin = '381947';
const devicePassword = 'E2e-Device-Pw+7731';

test('the built web host logs into its data folder, and exports diagnostics from Settings, without its token, a PIN or a device password', async ({ page }, testInfo) => {
  // The page is opened at the address with the token, as a person opens it.
  await page.goto(host.url);
  await page.locator('[data-locale="en"]').click();
  expect(await host.call('settings.setLocale', { locale: 'en', managerPin })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  expect(await host.call('journal.get', { uuid: managerPin })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  const device = { kind: 'caspos', name: 'Kassa 2', settings: { url: 'http://127.0.0.1:9/', username: 'kassa', password: devicePassword, auth: 'integration' } };
  expect(await host.call('devices.save', device)).toMatchObject({ ok: true });
  expect(await host.call('devices.test', device)).toMatchObject({ ok: true });
  const secrets = [host.token, managerPin, devicePassword];

  const log = join(host.dataDir, 'logs', 'web.log');
  await expect.poll(() => (existsSync(log) ? readFileSync(log, 'utf8') : '')).toContain('"channel":"journal.get","issues"');
  expect(readFileSync(log, 'utf8')).toContain('"msg":"listening"');
  expect(assertNoSecrets(join(host.dataDir, 'logs'), secrets)).toEqual(['web.log']);

  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-diagnostics').click();
  await expect(page.getByText(`Logs are kept in ${join(host.dataDir, 'logs')}`)).toBeVisible();
  await page.getByTestId('diagnostics-export').click();
  const saved = page.getByTestId('diagnostics-saved');
  await expect(saved).toContainText(`to ${join(host.dataDir, 'diagnostics', 'kassa-diagnostics-')}`);
  await page.screenshot({ path: testInfo.outputPath('diagnostics-en.png') });
  const zip = /to (\S+\.zip)/.exec((await saved.textContent()) ?? '')?.[1] ?? '';
  expect(assertNoSecrets(zip, secrets)).toEqual(
    ['', ':app.json', ':settings.json', ':unsettled.json', ':device-info.json', ':logs/web.log'].map((entry) => basename(zip) + entry),
  );
});
