import { afterEach, describe, expect, it } from 'vitest';
import type { KassaApp } from '../app/create-app';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp } from '../testing/test-app';

const tempDir = useTempDirs();
let app: KassaApp | undefined;
afterEach(async () => app?.close());

describe('device.discover in the web host', () => {
  it('refuses any range beyond this machine, and a scan without ranges', async () => {
    app = await startTestApp(tempDir());
    for (const input of [{ ranges: ['198.51.100.0/24'] }, { ranges: ['127.0.0.0/24', '203.0.113.0/24'] }, {}]) {
      expect(await app.dispatch('device.discover', input)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('loopback') as unknown } });
    }
    expect(await app.dispatch('device.discover', { ranges: ['127.0.0.0/16'] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('scans loopback ranges and reports its progress', async () => {
    app = await startTestApp(tempDir());
    const progress: number[] = [];
    app.context.bus.subscribe((m) => m.event === 'discovery.progress' && progress.push(m.payload.scanned));
    expect(await app.dispatch('device.discover', { ranges: ['127.0.9.0/28'] })).toEqual({ ok: true, value: [] });
    expect(progress.at(-1)).toBe(14);
  });
});
