import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../app/logger';
import { DeviceSettingsError } from '../device-registry';
import { readDeviceSettings, settingsView } from '../device-form';
import { defaultValue } from '../../../shared/devices/settings-form';
import { noParents } from '../testing/parents';
import { checkboxDescriptor, CheckboxConfig } from './descriptor';
import { startCheckboxSimulator } from './simulator/server';
import { cashier, cashSale } from './testing/harness';

/** The form as a new device's starts, with the service's address typed in. */
function formValues(overrides: Record<string, string> = {}): Record<string, string> {
  const values = Object.fromEntries(checkboxDescriptor.settingsForm.map((field) => [field.name, defaultValue(field)]));
  return { ...values, url: 'https://api.checkbox.ua/api/v1', licenseKey: 'key', pin: '1234', ...overrides };
}

describe('Checkbox offline settings in the device settings form', () => {
  it('reads the form’s text as numbers within bounds, defaults them for a stored config without them, and shows them back', () => {
    const read = readDeviceSettings(checkboxDescriptor, formValues({ unreachableAfter: '3', goOnlineCalls: '12' }));
    expect(read.config).toMatchObject({ unreachableAfter: 3, goOnlineCalls: 12 });
    expect(settingsView(checkboxDescriptor, read.config)).toMatchObject({ unreachableAfter: '3', goOnlineCalls: '12' });
    // The form starts with the driver's defaults; a config stored before these settings existed gets them too.
    expect(readDeviceSettings(checkboxDescriptor, formValues()).config).toMatchObject({ unreachableAfter: 2, goOnlineCalls: 5 });
    expect(CheckboxConfig.parse({ url: 'https://api.checkbox.ua/api/v1', signIn: 'pin' })).toMatchObject({ unreachableAfter: 2, goOnlineCalls: 5 });
  });

  it('refuses values out of bounds or not whole numbers, naming the field', () => {
    for (const [name, value] of [['unreachableAfter', '0'], ['unreachableAfter', '11'], ['unreachableAfter', '1.5'], ['goOnlineCalls', ''], ['goOnlineCalls', '21'], ['goOnlineCalls', 'five']] as const) {
      expect(() => readDeviceSettings(checkboxDescriptor, formValues({ [name]: value })), `${name}=${value}`).toThrow(DeviceSettingsError);
      expect(() => readDeviceSettings(checkboxDescriptor, formValues({ [name]: value }))).toThrow(name);
    }
  });

  it('the driver reads them: with unreachableAfter 1 the first unreachable answer makes new sales offline, with 2 it takes two', async () => {
    for (const unreachableAfter of [1, 2]) {
      const simulator = await startCheckboxSimulator({ host: '127.0.0.64' });
      const identity = simulator.service.identity;
      const config = CheckboxConfig.parse({ url: simulator.url, signIn: 'pin', pollIntervalMs: 1, polls: 5, offlineReserve: 10, unreachableAfter: String(unreachableAfter) });
      const driver = await checkboxDescriptor.start(config, { licenseKey: identity.licenseKey, pin: identity.pin, password: '', accessKey: '' }, { logger: silentLogger, answerTimeoutMs: 2_000 });
      expect(await driver.openShift(cashier, 0)).toMatchObject({ kind: 'done' });
      await simulator.close();
      const failures: number[] = [];
      for (let attempt = 1; attempt <= 2 && !driver.offline!.selling(); attempt += 1) {
        expect(await driver.send(driver.build(cashSale(1_000), randomUUID(), noParents, new Date()))).toMatchObject({ kind: 'unknown' });
        failures.push(attempt);
      }
      expect(driver.offline!.selling(), `unreachableAfter ${unreachableAfter}`).toBe(true);
      expect(failures).toHaveLength(unreachableAfter);
      await driver.close();
    }
  }, 30_000);

  it('the offline receipt’s QR links to the tax check page of the settings: https only, the seed’s address by default', async () => {
    expect(CheckboxConfig.parse(readDeviceSettings(checkboxDescriptor, formValues()).config).taxCheckUrl).toBe('https://cabinet.tax.gov.ua/cashregs/check');
    expect(() => readDeviceSettings(checkboxDescriptor, formValues({ taxCheckUrl: 'http://cabinet.tax.gov.ua/cashregs/check' }))).toThrow('taxCheckUrl');
    const simulator = await startCheckboxSimulator({ host: '127.0.0.64' });
    const identity = simulator.service.identity;
    const config = CheckboxConfig.parse(readDeviceSettings(checkboxDescriptor, formValues({ url: simulator.url, taxCheckUrl: 'https://check.tax.example/cashregs/check' })).config);
    const driver = await checkboxDescriptor.start({ ...config, pollIntervalMs: 1, polls: 5 }, { licenseKey: identity.licenseKey, pin: identity.pin, password: '', accessKey: '' }, { logger: silentLogger, answerTimeoutMs: 2_000 });
    expect(await driver.openShift(cashier, 0)).toMatchObject({ kind: 'done' });
    const uuid = randomUUID();
    const document = cashSale(1_000);
    const paper = await driver.printable!(uuid, null, 48, { document, request: driver.build(document, uuid, noParents, new Date()), fiscalCode: 'OFFLINE-1', journaledAt: '2026-12-07T10:00:00.000Z' });
    expect(paper?.taxUrl).toMatch(/^https:\/\/check\.tax\.example\/cashregs\/check\?id=OFFLINE-1&date=20261207&time=12%3A00%3A00&fn=/);
    await driver.close();
    await simulator.close();
  }, 30_000);
});
