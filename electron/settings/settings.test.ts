import { afterEach, describe, expect, it } from 'vitest';
import type { KassaApp } from '../app/create-app';
import { startTestApp } from '../testing/test-app';
import { useTempDirs } from '../testing/temp-dir';

const tempDir = useTempDirs();
let app: KassaApp | undefined;
afterEach(async () => app?.close());

describe('settings', () => {
  it('starts in Azerbaijani and keeps a chosen locale across restarts', async () => {
    const dir = tempDir();
    app = await startTestApp(dir, { now: () => new Date('2026-11-23T10:00:00Z') });
    expect(app.context.settings.get('locale')).toBe('az');
    app.context.settings.set('locale', 'uk');
    await app.close();

    app = await startTestApp(dir);
    expect(app.context.settings.get('locale')).toBe('uk');
    expect(app.context.db.prepare("SELECT updated_at FROM settings WHERE key = 'locale'").get()).toEqual({
      updated_at: '2026-11-23T10:00:00.000Z',
    });
  });

  it('refuses to store a value outside the setting’s shape', async () => {
    app = await startTestApp(tempDir());
    expect(() => app!.context.settings.set('locale', 'de' as never)).toThrow();
    expect(app.context.settings.get('locale')).toBe('az');
  });

  it('falls back to the default when the stored value is unreadable', async () => {
    app = await startTestApp(tempDir());
    app.context.db.prepare("INSERT INTO settings VALUES ('locale', '\"klingon\"', 'now')").run();
    expect(app.context.settings.get('locale')).toBe('az');
  });

  it('reads weighted barcodes as the scales of most shops print them until the shop says otherwise', async () => {
    app = await startTestApp(tempDir());
    expect(app.context.settings.get('weightedBarcodes')).toEqual({
      enabled: true,
      prefixes: ['20', '21', '22', '23', '24', '25', '26', '27', '28', '29'],
      mode: 'weight',
    });
    expect(() => app!.context.settings.set('weightedBarcodes', { enabled: true, prefixes: ['2'], mode: 'weight' })).toThrow();
    expect(app.context.settings.set('weightedBarcodes', { enabled: true, prefixes: ['27'], mode: 'price' })).toEqual({ enabled: true, prefixes: ['27'], mode: 'price' });
    expect(app.context.settings.get('weightedBarcodes').mode).toBe('price');
  });

  it('keeps automatic updates off until the shop turns them on', async () => {
    const dir = tempDir();
    app = await startTestApp(dir);
    expect(app.context.settings.get('autoUpdate')).toBe(false);
    expect(() => app!.context.settings.set('autoUpdate', 'yes' as never)).toThrow();
    app.context.settings.set('autoUpdate', true);
    await app.close();
    app = await startTestApp(dir);
    expect(app.context.settings.get('autoUpdate')).toBe(true);
  });
});
