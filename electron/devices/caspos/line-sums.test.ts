import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../app/logger';
import type { FiscalDriver } from '../driver';
import { noParents } from '../testing/parents';
import { casposDescriptor } from './descriptor';
import { lineSumDetail } from './line-sum-refusal';
import { startCasposSimulator, type CasposSimulator } from './simulator/server';
import type { LineRounding } from './simulator/checks';
import { cashier, line, sale, tenders } from './testing/documents';

const itemsOf = (body: string) => (JSON.parse(body) as { data: { items: { sum?: number }[] } }).data.items;

/** 0.730 kg at 2.50 is exactly 1.825: half up 1.83 (Kassa), half to even 1.82 (another device). */
const apples = sale({ lines: [line(), line({ name: 'Alma', unit: 'kg', quantity: 730, price: 250, vatRate: 'vatFree' })], tenders: tenders({ cash: 500 }) });

let device: CasposSimulator | undefined;
afterEach(async () => {
  await device?.close();
  device = undefined;
});

async function driverOn(lineRounding: LineRounding, lineSums: 'send' | 'device'): Promise<FiscalDriver> {
  device = await startCasposSimulator({ settings: { lineRounding } });
  const config = casposDescriptor.config.parse({ url: device.url, username: 'username', auth: 'integration', lineSums });
  const driver = await casposDescriptor.start(config, { password: 'password' }, { logger: silentLogger });
  expect((await driver.openShift(cashier, 0)).kind).toBe('done');
  return driver;
}

describe('line sums: sent, or computed by the device (a setting per device)', () => {
  it('stored settings without the field send line sums: the safer choice', () => {
    expect(casposDescriptor.config.parse({ url: 'http://127.0.0.1:5544/', username: 'u', auth: 'integration' }).lineSums).toBe('send');
  });

  it('a device that rounds otherwise refuses a sent sum with 614, and the refusal names the line and both sums', async () => {
    const driver = await driverOn('halfEven', 'send');
    const request = driver.build(apples, randomUUID(), noParents);
    expect(itemsOf(request.body).map((i) => i.sum)).toEqual([1.2, 1.83]);
    const outcome = await driver.send(request);
    expect(outcome.kind).toBe('rejected');
    if (outcome.kind !== 'rejected') return;
    expect(outcome.refusal.code).toBe('614');
    expect(outcome.refusal.cashier).toEqual({ explanation: 'caspos.errors.c614.explanation', action: 'caspos.errors.c614.action' });
    expect(outcome.refusal.deviceText).toBe(
      'invalid total sum in one item — line 2 “Alma” (0.73 × 2.50): Kassa sent 1.83, rounded the other way 1.82 (exact 1.825). A device that rounds otherwise takes the receipt when its line sums are set to “device”.',
    );
  });

  it('set to “device”, the same receipt is taken and the device’s own sum counts', async () => {
    const driver = await driverOn('halfEven', 'device');
    const request = driver.build(apples, randomUUID(), noParents);
    expect(itemsOf(request.body).every((i) => !('sum' in i))).toBe(true);
    const outcome = await driver.send(request);
    expect(outcome).toMatchObject({ kind: 'done', value: { total: 120 + 182 } });
  });

  it('a device that rounds as Kassa does takes the sent sums', async () => {
    const driver = await driverOn('halfUp', 'send');
    expect(await driver.send(driver.build(apples, randomUUID(), noParents))).toMatchObject({ kind: 'done', value: { total: 120 + 183 } });
  });

  it('names a discount above its line, and nothing where no line needed rounding', () => {
    const body = (items: object[]) => JSON.stringify({ operation: 'sale', data: { items } });
    expect(lineSumDetail(body([{ name: 'Su', quantity: 1, salePrice: 1, discountAmount: 2, sum: 0 }]))).toBe(
      'line 1 “Su” (1 × 1.00 − 2.00): the discount is more than the line.',
    );
    expect(lineSumDetail(body([{ name: 'Su', quantity: 2, salePrice: 1, sum: 2 }]))).toBeNull();
  });
});
