import { randomUUID } from 'node:crypto';
import { expect, it, onTestFinished } from 'vitest';
import { sale } from '../devices/caspos/testing/documents';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp } from '../testing/test-app';
import { TestOffice } from './testing/test-office';

const tempDir = useTempDirs();

it('pushes a document the device refused with a code in words (Checkbox names its codes): the outbox does not stop at it', async () => {
  const office = new TestOffice();
  await office.start();
  const app = await startTestApp(tempDir(), { officeSync: { idleMs: 3_600_000 } });
  onTestFinished(async () => {
    await app.close();
    await office.close();
  });
  const tillOffice = app.context.office;
  await tillOffice.stop();
  await tillOffice.join({ address: office.address, fingerprint: office.fingerprint, code: office.enrolmentCode().replace('-', ''), tillName: 'Kassa 1' });
  const { journal } = app.context;
  const uuid = randomUUID();
  const entry = journal.record({ uuid, deviceId: app.context.device.id, document: sale(), request: { operation: 'sale', body: '{}' }, total: 120 }, true);
  journal.settle(entry.id, { kind: 'rejected', refusal: { system: 'checkbox', code: 'ERROR', deviceText: 'refused by the tax service', cashier: null }, raw: '{}' });

  while ((await tillOffice.pusher.pushBatch()).more);
  const stored = office.stored.get(`document:${uuid}`);
  expect(stored, 'the refused document reached the office').toBeDefined();
  expect(JSON.parse(stored!.content)).toMatchObject({ state: 'rejected', errorCode: 'ERROR', errorText: 'refused by the tax service' });
  expect(tillOffice.store.pending(10)).toEqual([]);
});
