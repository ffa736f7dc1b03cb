import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { KassaApp } from '../app/create-app';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp } from '../testing/test-app';
import { buildDocumentRequest } from './caspos/mapping';
import { cashier, sale, tenders } from './caspos/testing/documents';
import { trainingMemoryFile } from './active-device';
import { casposCapabilities } from '../../shared/devices/caspos/capabilities';
import { noParents } from './testing/parents';

const tempDir = useTempDirs();
let app: KassaApp | undefined;
afterEach(async () => app?.close());

describe('the active device on first start', () => {
  it('is the built-in training device, running and answering', async () => {
    app = await startTestApp(tempDir());
    const result = await app.dispatch('device.getStatus', {});
    expect(result).toEqual({ ok: true, value: { deviceId: 'training', kind: 'caspos', name: 'Caspos Mobile', training: true, connection: 'online', capabilities: casposCapabilities } });
    const info = await app.context.device.client!.getInfo();
    expect(info).toMatchObject({ kind: 'done', value: { companyName: 'TƏLİM KASSASI — FİSKAL DEYİL' } });
  });

  it('keeps its fiscal memory in the data folder across restarts, like a real device', async () => {
    const dir = tempDir();
    app = await startTestApp(dir);
    const client = app.context.device.client!;
    await client.openShift(cashier, 0);
    const request = buildDocumentRequest(sale({ tenders: tenders({ cash: 600 }) }), 'c0a80101-0000-4000-8000-000000000001', noParents);
    const first = await client.sendDocument(request);
    expect(first).toMatchObject({ kind: 'done', duplicate: false });
    await app.close();
    expect(existsSync(join(dir, trainingMemoryFile))).toBe(true);

    app = await startTestApp(dir);
    const again = await app.context.device.client!.sendDocument(request);
    expect(again).toMatchObject({ kind: 'done', duplicate: true });
    expect(again.kind === 'done' && again.value?.documentId).toBe(first.kind === 'done' && first.value?.documentId);
  });
});
