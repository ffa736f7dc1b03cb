import { expect, test } from '@playwright/test';
import { assertNoSecrets } from '../electron/testing/assert-no-secrets';
import { TestOffice } from '../electron/office/testing/test-office';
import { startBuiltWebHost } from './web-host';

/**
 * Issue 21 on the till, in Chromium: the manager checks the office's certificate fingerprint,
 * joins with the office's code, sees the outbox empty after the background push, sees the
 * office's outage in their own words, and leaves an office that can no longer be told.
 */
test('the manager joins a shop office, watches the outbox, and leaves it', async ({ page }, testInfo) => {
  const office = new TestOffice();
  await office.start();
  const host = await startBuiltWebHost();
  try {
    await page.goto(host.url);
    await page.locator('[data-locale="en"]').click();
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-office').click();
    const panel = page.getByTestId('office-panel');
    await expect(panel).toContainText('Shop office');

    await page.getByTestId('office-address').fill(office.address);
    await page.getByTestId('office-check').click();
    await expect(page.getByTestId('office-fingerprint')).toHaveText(office.fingerprint);
    await page.getByTestId('office-code').fill('ZZZZ-ZZZZ');
    await page.getByTestId('office-till-name').fill('Kassa 2 by the door');
    await page.getByTestId('office-join').click();
    await expect(page.getByTestId('office-problem')).toHaveText('the office does not know this code');

    await page.getByTestId('office-code').fill(office.enrolmentCode());
    await page.getByTestId('office-join').click();
    await expect(page.getByTestId('office-shop')).toContainText(`Joined to ${office.shopName} as “Kassa 2 by the door”`);
    // The history the till had (the manager's sign-in, at least) goes out in the background.
    await expect(page.getByTestId('office-waiting')).toHaveText('Waiting to be sent: 0', { timeout: 30_000 });
    await expect(page.getByTestId('office-last-push')).toContainText('Last sent:');
    expect(office.storedOf('audit')).toBeGreaterThan(0);
    // The token is in the data folder only sealed: not in the database, its WAL, or the logs.
    const tokens = office.tokens();
    expect(tokens).toHaveLength(1);
    expect(assertNoSecrets(host.dataDir, tokens).some((file) => file.startsWith('logs/'))).toBe(true);
    await page.screenshot({ path: testInfo.outputPath('office-joined-en.png') });

    // The office goes away; the shift opened now waits, and the manager reads why.
    await office.close();
    expect(await host.call('shift.open', { openingFloat: 0 })).toMatchObject({ ok: true });
    await expect(page.getByTestId('office-push-error')).toHaveText('Sending fails: the office cannot be reached (network, or the office is off)', { timeout: 30_000 });
    await expect(page.getByTestId('office-waiting')).not.toHaveText('Waiting to be sent: 0');

    await page.locator('[data-locale="az"]').click();
    await expect(panel).toContainText('Mağaza ofisi');
    await expect(page.getByTestId('office-push-error')).toContainText('ofisə çatmaq mümkün deyil');
    await page.screenshot({ path: testInfo.outputPath('office-outage-az.png') });
    await page.locator('[data-locale="en"]').click();

    await page.getByTestId('office-leave').click();
    await page.getByTestId('office-leave-confirm').click();
    await expect(panel).toContainText('Left. The office could not be told');
    expect(await host.call('office.status', {})).toMatchObject({ ok: true, value: { joined: false } });
  } finally {
    await host.stop();
    await office.close();
  }
});
