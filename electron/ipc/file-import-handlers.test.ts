import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../shared/catalog-file-import';
import type { KassaApp } from '../app/create-app';
import { csvOf, productRow } from '../catalog/testing/catalog-db';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp } from '../testing/test-app';

const tempDir = useTempDirs();
let app: KassaApp | undefined;
afterEach(async () => app?.close());

const shop = csvOf([productRow('Çörək ağ', { code: '1001', price: '0,70' }), productRow('Pendir', { code: '1002', price: '5,10' })]);

/** A catalogue file of `count` products on disk, as a manager would pick it. */
function catalogueFile(dir: string, count: number): string {
  const rows = Array.from({ length: count }, (_, i) => `Məhsul ${i};${2_000_000 + i};${i};1,99;vat18`);
  const path = join(dir, `catalogue-${count}.csv`);
  writeFileSync(path, ['name;barcodes;code;price;vat', ...rows].join('\n'));
  return path;
}

function progressOf(running: KassaApp): ImportProgress[] {
  const seen: ImportProgress[] = [];
  running.context.bus.subscribe((message) => {
    if (message.event === 'catalog.importProgress') seen.push(message.payload);
  });
  return seen;
}

describe('catalogue import of a picked file', () => {
  it('previews and imports a file by its id, reporting rows, speed and time left on the bus', async () => {
    app = await startTestApp(tempDir());
    const seen = progressOf(app);
    const fileId = await app.context.pickedFiles.adopt(catalogueFile(tempDir(), 25_000));
    expect(await app.dispatch('catalog.previewFile', { fileId })).toMatchObject({ ok: true, value: { rows: 25_000, valid: 25_000, problemCount: 0 } });
    expect(seen.filter((p) => p.task === 'preview' && p.state === 'reading' && p.rows > 0).length).toBeGreaterThanOrEqual(2);
    expect(seen.at(-1)).toMatchObject({ task: 'preview', state: 'done', rows: 25_000, fraction: 1 });
    expect(seen.some((p) => p.rows === 10_000 && p.rowsPerSecond > 0 && p.secondsLeft !== null)).toBe(true);

    expect(await app.dispatch('catalog.importFile', { fileId, mode: 'replace' })).toEqual({ ok: true, value: { imported: 25_000 } });
    expect(seen.some((p) => p.task === 'import' && p.state === 'writing')).toBe(true);
    expect(seen.at(-1)).toMatchObject({ task: 'import', state: 'done', rows: 25_000 });
    expect(await app.dispatch('catalog.scan', { barcode: '2012345' })).toMatchObject({ ok: true, value: { product: { name: 'Məhsul 12345' } } });
  });

  it('cancels an import while it reads: the catalogue is as it was, and the next import runs', async () => {
    app = await startTestApp(tempDir());
    await app.dispatch('catalog.import', { csv: shop, mode: 'replace' });
    const before = await app.dispatch('catalog.export', {});
    const fileId = await app.context.pickedFiles.adopt(catalogueFile(tempDir(), 50_000));
    const running = app;
    let cancelled: unknown;
    const seen = progressOf(app);
    running.context.bus.subscribe((message) => {
      if (message.event === 'catalog.importProgress' && message.payload.state === 'reading' && message.payload.rows > 0 && cancelled === undefined)
        cancelled = running.context.fileImports.cancel();
    });
    expect(await app.dispatch('catalog.importFile', { fileId, mode: 'replace' })).toMatchObject({ ok: false, error: { code: 'import_cancelled' } });
    expect(cancelled).toBe(true);
    expect(seen.at(-1)).toMatchObject({ task: 'import', state: 'cancelled' });
    expect(seen.at(-1)?.rows).toBeLessThan(50_000);
    expect(await app.dispatch('catalog.export', {})).toEqual(before);
    expect(await app.dispatch('catalog.cancelImport', {})).toEqual({ ok: true, value: { cancelled: false } });
    expect(await app.dispatch('catalog.importFile', { fileId, mode: 'merge' })).toEqual({ ok: true, value: { imported: 50_000 } });
  });

  it('refuses a second run while one is under way, and a file it was not given', async () => {
    app = await startTestApp(tempDir());
    const fileId = await app.context.pickedFiles.adopt(catalogueFile(tempDir(), 20_000));
    const first = app.dispatch('catalog.previewFile', { fileId });
    expect(await app.dispatch('catalog.importFile', { fileId, mode: 'replace' })).toMatchObject({ ok: false, error: { code: 'import_busy' } });
    expect(await first).toMatchObject({ ok: true, value: { rows: 20_000 } });
    expect(await app.dispatch('catalog.previewFile', { fileId: 'A'.repeat(22) })).toMatchObject({ ok: false, error: { code: 'import_unreadable' } });
    expect(await app.dispatch('catalog.previewFile', { fileId: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await expect(app.context.pickedFiles.adopt('relative.csv')).rejects.toMatchObject({ code: 'import_unreadable' });
    await expect(app.context.pickedFiles.adopt(tempDir())).rejects.toMatchObject({ code: 'import_unreadable' });
  });

  it('answers a picked file deleted before it is read as unreadable, and the app goes on', async () => {
    app = await startTestApp(tempDir());
    const path = catalogueFile(tempDir(), 10);
    const fileId = await app.context.pickedFiles.adopt(path);
    rmSync(path);
    expect(await app.dispatch('catalog.previewFile', { fileId })).toMatchObject({ ok: false, error: { code: 'import_unreadable' } });
    expect(await app.dispatch('catalog.import', { csv: shop, mode: 'replace' })).toEqual({ ok: true, value: { imported: 2 } });
  });

  it('is the catalogue manager’s to import, anyone signed in may preview or cancel', async () => {
    app = await startTestApp(tempDir(), { signIn: false });
    const fileId = await app.context.pickedFiles.adopt(catalogueFile(tempDir(), 10));
    expect(await app.dispatch('catalog.importFile', { fileId, mode: 'replace' })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(await app.dispatch('catalog.cancelImport', {})).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
  });
});
