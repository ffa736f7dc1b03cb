import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { KassaApp } from '../app/create-app';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp } from '../testing/test-app';
import { cashier, sale, tenders } from './caspos/testing/documents';
import { casposCapabilities } from '../../shared/devices/caspos/capabilities';
import { noParents } from './testing/parents';
import { trainingMemoryFiles } from './registry';

const tempDir = useTempDirs();
let app: KassaApp | undefined;
afterEach(async () => app?.close());

describe('the active device on first start', () => {
  it('is the built-in training device, running and answering', async () => {
    app = await startTestApp(tempDir());
    const result = await app.dispatch('device.getStatus', {});
    expect(result).toEqual({ ok: true, value: { deviceId: 'training', kind: 'caspos', name: 'Caspos Mobile', training: true, connection: 'online', capabilities: casposCapabilities } });
    const info = await app.context.device.driver!.info();
    expect(info).toMatchObject({ kind: 'done', value: { companyName: 'TƏLİM KASSASI — FİSKAL DEYİL' } });
  });

  it('keeps its fiscal memory in the data folder across restarts, like a real device', async () => {
    const dir = tempDir();
    app = await startTestApp(dir);
    const driver = app.context.device.driver!;
    await driver.openShift(cashier, 0);
    const request = driver.build(sale({ tenders: tenders({ cash: 600 }) }), 'c0a80101-0000-4000-8000-000000000001', noParents);
    const first = await driver.send(request);
    expect(first).toMatchObject({ kind: 'done', duplicate: false });
    await app.close();
    // The active training device (Caspos) wrote its memory; the other kinds' training devices never started.
    expect(existsSync(join(dir, trainingMemoryFiles()[0]!))).toBe(true);

    app = await startTestApp(dir);
    const again = await app.context.device.driver!.send(request);
    expect(again).toMatchObject({ kind: 'done', duplicate: true });
    expect(again.kind === 'done' && again.value?.documentId).toBe(first.kind === 'done' && first.value?.documentId);
  });
});
