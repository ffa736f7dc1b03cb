import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reconciliation } from '../../shared/reports/channels';
import type { ControlTapeView } from '../../shared/reports/control-tape';
import { startCasposSimulator, type CasposSimulator } from '../devices/caspos/simulator/server';
import { cashier, line, sale, tenders } from '../devices/caspos/testing/documents';
import { clientFor } from '../devices/caspos/testing/harness';
import { startRewritingProxy, type RewritingProxy } from '../devices/caspos/testing/rewriting-proxy';
import { useLoggedApps } from '../testing/logged-app';
import { useTempDirs } from '../testing/temp-dir';

const tempDir = useTempDirs();
const startApp = useLoggedApps();
let device: CasposSimulator;
let proxy: RewritingProxy;

beforeEach(async () => {
  device = await startCasposSimulator();
  await clientFor(device.url).openShift(cashier, 0);
  proxy = await startRewritingProxy(device.url);
});
afterEach(async () => {
  await proxy.close();
  await device.close();
});

/** A sale of 10.01 AZN, paid in cash. */
const tenOhOne = () => sale({ lines: [line({ price: 1001 })], tenders: tenders({ cash: 1001 }) });

async function submit(app: Awaited<ReturnType<typeof startApp>>['app']) {
  const result = await app.dispatch('document.submit', { document: tenOhOne() });
  expect(result).toMatchObject({ ok: true, value: { state: 'done' } });
  return (result as { value: { uuid: string; result: { documentId: string } } }).value;
}

async function reconciliation(app: Awaited<ReturnType<typeof startApp>>['app']): Promise<Reconciliation> {
  return ((await app.dispatch('report.reconcile', {})) as { value: Reconciliation }).value;
}

describe('the device answer checked against the document', () => {
  it.each([
    ['5.00', 5, 500],
    ['-99999.99', -99999.99, -9999999],
    // Beyond a safe integer in qəpik: no amount at all, yet the device said done (not unknown, re-sent for ever).
    ['1e14', 1e14, null],
  ])('a done answer with the total %s for a 10.01 sale is settled done, flagged, logged and listed for the manager', async (_, wire, minor) => {
    const dataDir = tempDir();
    const { app, close } = await startApp(dataDir, { deviceUrl: proxy.url });
    proxy.rewriteNext('sale', (data) => ({ ...data, totalSum: wire }));
    const done = await submit(app);
    const entry = app.context.journal.byUuid(done.uuid)!;
    expect(entry).toMatchObject({ state: 'done', total: 1001 });
    expect(app.context.journal.mismatches.of(entry.id)).toMatchObject({ totalDiffers: true, documentTotal: 1001, deviceTotal: minor, earlierDocumentId: null });

    const report = await reconciliation(app);
    expect(report.mismatches).toEqual([
      { uuid: done.uuid, kind: 'sale', createdAt: entry.createdAt, totalDiffers: true, documentTotal: 1001, deviceTotal: minor, deviceDocumentId: done.result.documentId, earlierUuid: null },
    ]);
    const tape = (await app.dispatch('report.controlTape', { filters: {} })) as { value: ControlTapeView };
    expect(tape.value.rows.find((row) => row.uuid === done.uuid)).toMatchObject({ mismatch: true, onDevice: true });

    await close();
    const warned = readFileSync(join(dataDir, 'logs', 'web.log'), 'utf8')
      .split('\n')
      .filter((text) => text.includes('does not fit the document'))
      .map((text) => JSON.parse(text) as Record<string, unknown>);
    expect(warned).toMatchObject([{ level: 40, uuid: done.uuid, totalDiffers: true, deviceTotal: minor }]);
  });

  it('a second sale answered with the device document id of the first is settled done and flagged with the first', async () => {
    const { app } = await startApp(tempDir(), { deviceUrl: proxy.url });
    const first = await submit(app);
    proxy.rewriteNext('sale', (data) => ({ ...data, document_id: first.result.documentId }));
    const second = await submit(app);
    expect(second.result.documentId).toBe(first.result.documentId);
    const { journal } = app.context;
    expect(journal.mismatches.of(journal.byUuid(first.uuid)!.id)).toBeUndefined();
    expect(journal.mismatches.of(journal.byUuid(second.uuid)!.id)).toMatchObject({ totalDiffers: false, earlierDocumentId: journal.byUuid(first.uuid)!.id });
    expect((await reconciliation(app)).mismatches).toMatchObject([{ uuid: second.uuid, totalDiffers: false, earlierUuid: first.uuid, deviceDocumentId: first.result.documentId }]);
    // The device itself did two documents: nothing was lost or doubled by the check.
    expect(device.memory.all().filter((d) => d.uuid === first.uuid || d.uuid === second.uuid)).toHaveLength(2);
  });

  it('flags nothing when the answers fit, through the same proxy', async () => {
    const { app } = await startApp(tempDir(), { deviceUrl: proxy.url });
    for (let i = 0; i < 3; i++) await submit(app);
    expect((await reconciliation(app)).mismatches).toEqual([]);
  });
});
