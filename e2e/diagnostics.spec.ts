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

test('the built web host logs into its data folder, and exports diagnostics, without its token or a PIN', async ({ page }) => {
  // The page is opened at the address with the token, as a person opens it.
  await page.goto(host.url);
  await expect(page.locator('[data-locale="en"]')).toBeVisible();
  expect(await host.call('settings.setLocale', { locale: 'en', managerPin })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  expect(await host.call('journal.get', { uuid: managerPin })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

  const log = join(host.dataDir, 'logs', 'web.log');
  await expect.poll(() => (existsSync(log) ? readFileSync(log, 'utf8') : '')).toContain('"channel":"journal.get","issues"');
  expect(readFileSync(log, 'utf8')).toContain('"msg":"listening"');
  expect(assertNoSecrets(join(host.dataDir, 'logs'), [host.token, managerPin])).toEqual(['web.log']);

  const exported = (await host.call('diagnostics.export', {})) as { ok: true; value: { path: string; entries: string[] } };
  expect(exported.value.entries).toEqual(['app.json', 'settings.json', 'unsettled.json', 'device-info.json', 'logs/web.log']);
  expect(assertNoSecrets(exported.value.path, [host.token, managerPin])).toContain(`${basename(exported.value.path)}:logs/web.log`);
});
