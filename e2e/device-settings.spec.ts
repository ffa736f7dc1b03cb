import { expect, test } from '@playwright/test';
import { startCasposSimulator, type CasposSimulator } from '../electron/devices/caspos/simulator/server';
import { startBuiltWebHost, type RunningHost } from './web-host';

/** A shop's Caspos device that asks for a sign-in, on FORM's own loopback address. */
const login = { username: 'kassa', password: 'Sx-4821-pw' };
let device: CasposSimulator;
let host: RunningHost;
test.beforeAll(async () => {
  device = await startCasposSimulator({ host: '127.0.0.93', settings: { auth: 'session', ...login } });
  host = await startBuiltWebHost();
});
test.afterAll(async () => {
  await host.stop();
  await device.close();
});

test("the Caspos settings form, built from its driver's descriptor, tests, saves and checks a device again with its stored password", async ({ page }, testInfo) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(host.url);
  await page.locator('[data-locale="en"]').click();
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-devices').click();
  await page.getByTestId('add-address').click();

  // The fields and their texts are the driver's: labels from shared/devices/caspos/locales.
  await expect(page.getByLabel('Integration password', { exact: true })).toHaveAccessibleDescription(/followed by the last four digits/);
  await expect(page.getByTestId('device-form-name')).toHaveValue('Caspos Mobile');
  await expect(page.getByTestId('device-username')).toHaveValue('username');
  await expect(page.getByTestId('device-auth')).toHaveValue('integration');
  await expect(page.getByTestId('test-connection')).toBeDisabled();

  await page.getByTestId('device-form-name').fill('Kassa 1');
  await page.getByTestId('device-url').fill(device.url);
  await page.getByTestId('device-username').fill(login.username);
  await page.getByTestId('device-auth').selectOption('session');
  await page.getByTestId('device-password').fill('password0000');
  await page.getByTestId('test-connection').click();
  const checks = page.getByTestId('connection-checks');
  await expect(checks.locator('[data-check="login"]')).toHaveAttribute('data-ok', 'false');

  await page.getByTestId('device-password').fill(login.password);
  await page.getByTestId('test-connection').click();
  for (const name of ['reachable', 'login', 'integration', 'shift', 'printer']) await expect(checks.locator(`[data-check="${name}"]`)).toHaveAttribute('data-ok', 'true');
  await page.screenshot({ path: testInfo.outputPath('device-settings-tested.png') });
  await page.getByTestId('save-device').click();

  const id = `caspos@${new URL(device.url).host}`;
  const row = page.getByTestId(`device-row-${id}`);
  await expect(row).toContainText('Kassa 1');
  await expect(row).toContainText('active');
  await expect(row).toContainText('Caspos Mobile');
  await expect(row).toContainText(device.url);

  // The list has the settings but never the password; a change starts from them, the password kept.
  const listed = await host.call('devices.list', {});
  expect(listed).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ id, settings: { url: device.url, username: login.username, auth: 'session', lineSums: 'send' } })]) });
  expect(JSON.stringify(listed)).not.toContain(login.password);
  await page.getByTestId(`change-${id}`).click();
  await expect(page.getByTestId('device-url')).toHaveValue(device.url);
  await expect(page.getByTestId('device-auth')).toHaveValue('session');
  await expect(page.getByTestId('device-password')).toHaveValue('');
  await page.getByTestId('test-connection').click();
  for (const name of ['reachable', 'login', 'integration', 'shift', 'printer']) await expect(checks.locator(`[data-check="${name}"]`)).toHaveAttribute('data-ok', 'true');

  // The row's own check uses the stored password too.
  await page.reload();
  await page.getByTestId('nav-settings').click();
  await page.getByTestId(`test-${id}`).click();
  await expect(page.getByTestId('connection-checks').locator('[data-check="login"]')).toHaveAttribute('data-ok', 'true');
  expect(device.received.filter((body) => body.includes(`"password":${JSON.stringify(login.password)}`)).length).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
