import { expect, test } from '@playwright/test';
import { startCasposSimulator, type CasposSimulator } from '../electron/devices/caspos/simulator/server';
import { openShiftOn } from '../electron/devices/caspos/testing/wire';
import { startBuiltWebHost } from './web-host';

let device: CasposSimulator;

test.beforeAll(async () => {
  device = await startCasposSimulator();
  await openShiftOn(device.url, 'Aysel');
});
test.afterAll(async () => device.close());

const sale = {
  kind: 'sale',
  cashierName: 'Aysel',
  lines: [{ name: 'Çörək', code: '4760001000017', codeType: 'ean13', quantity: 2000, unit: 'piece', price: 70, vatRate: 'vat18' }],
  tenders: { cash: 200 },
};

/** Reads Server-Sent Events until `found` says stop, or the time is up. */
async function waitForEvent(origin: string, token: string, found: (message: { event: string; payload: Record<string, unknown> }) => boolean) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 20_000);
  const response = await fetch(`${origin}/events?token=${token}`, { signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('event stream ended');
      buffer += value;
      const frames = buffer.split('\n\n');
      buffer = frames.pop() ?? '';
      for (const frame of frames) {
        if (!frame.startsWith('data: ')) continue;
        const message = JSON.parse(frame.slice(6)) as { event: string; payload: Record<string, unknown> };
        if (found(message)) return message;
      }
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

test('a sale interrupted by killing the app is settled at the next start, and the event stream says so', async () => {
  // The device commits the sale at once but answers only after 10 s: the app dies waiting.
  device.faults.next({ kind: 'delay', ms: 10_000 }, 'sale');
  const first = await startBuiltWebHost({ args: ['--device-url', device.url] });
  const submitted = await first.call('document.submit', { document: sale });
  expect(submitted).toMatchObject({ ok: true, value: { state: 'sending' } });
  const uuid = (submitted.value as { uuid: string }).uuid;
  expect(device.memory.byUuid(uuid)).toBeDefined();
  await first.kill();

  const second = await startBuiltWebHost({ dataDir: first.dataDir, args: ['--device-url', device.url] });
  try {
    const event = await waitForEvent(second.origin, second.token, (m) => m.event === 'journal.document' && m.payload.uuid === uuid);
    expect(event.payload).toMatchObject({ uuid, kind: 'sale', state: 'done', recovered: true, duplicate: true, attempts: 2 });
    expect(await second.call('journal.status', {})).toMatchObject({ ok: true, value: { unsettled: 0, unknown: 0 } });
    expect(device.memory.all().filter((d) => d.uuid === uuid)).toHaveLength(1);
  } finally {
    await second.stop();
  }
});
