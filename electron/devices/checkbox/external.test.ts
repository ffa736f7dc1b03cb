import { describe, expect, it } from 'vitest';
import { CashierAnswer, CurrentShiftAnswer, RegisterAnswer, SignatureAnswer, TaxTable } from './answers';
import { CheckboxClient } from './client';

/**
 * The read-only part of the contract against Checkbox's test service. Never a live register
 * (SEED:2): it runs only with CHECKBOX_URL, CHECKBOX_LICENSE_KEY, CHECKBOX_PIN and the explicit
 * opt-in CHECKBOX_TEST_REGISTER=yes, and refuses the production address.
 */
const { CHECKBOX_URL: url, CHECKBOX_LICENSE_KEY: licenseKey, CHECKBOX_PIN: pin, CHECKBOX_TEST_REGISTER: optIn } = process.env;
const ready = Boolean(url && licenseKey && pin && optIn === 'yes' && !url.includes('api.checkbox.ua'));
if (!ready) console.info('Checkbox external contract skipped: set CHECKBOX_URL (the test service), CHECKBOX_LICENSE_KEY, CHECKBOX_PIN and CHECKBOX_TEST_REGISTER=yes; the production address is refused');

describe.skipIf(!ready)('Checkbox contract against the test service (opt-in)', () => {
  const client = new CheckboxClient({ url: url!, licenseKey: licenseKey!, signIn: { pin: pin! }, accessKey: process.env.CHECKBOX_ACCESS_KEY });

  it('answers every read the driver makes in the shapes it reads', async () => {
    expect(await client.call('GET', '/cash-registers/info', RegisterAnswer, { license: true, auth: false })).toMatchObject({ kind: 'ok' });
    expect(await client.call('GET', '/cashier/me', CashierAnswer)).toMatchObject({ kind: 'ok' });
    expect(await client.call('GET', '/cashier/check-signature', SignatureAnswer)).toMatchObject({ kind: 'ok' });
    expect(await client.call('GET', '/tax', TaxTable)).toMatchObject({ kind: 'ok' });
    expect(await client.call('GET', '/cashier/shift', CurrentShiftAnswer)).toMatchObject({ kind: 'ok' });
    expect(await client.signOut()).toMatchObject({ kind: 'ok' });
  }, 60_000);
});
