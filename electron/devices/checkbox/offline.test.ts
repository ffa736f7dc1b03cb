import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReceiptAnswer } from './answers';
import { CheckboxOffline } from './offline';
import { cashier, cashSale, startHarness, type Harness } from './testing/harness';

const hours = (n: number) => n * 3_600_000;

/** Acceptance checks 11 and 12 at the register: the offline operations against the training server, the clock moved by its control. */
describe('Checkbox offline mode on the training server', () => {
  let h: Harness;
  let offline: CheckboxOffline;
  const advance = (ms: number) => {
    h.simulator.memory.counters.clockOffsetMs += ms;
  };
  const now = () => h.simulator.service.now();
  const offlineSale = (code: string, date: Date) => {
    const sale = JSON.parse(h.driver.build(cashSale(1_000), randomUUID(), () => { throw new Error('no parent'); }).body) as Record<string, unknown>;
    return h.client.call('POST', '/receipts/sell-offline', ReceiptAnswer, { body: JSON.stringify({ ...sale, fiscal_code: code, fiscal_date: date.toISOString() }) });
  };

  beforeAll(async () => {
    // A fixed start early in a month, so the month's budget never crosses into the next.
    h = await startHarness({ settings: { goOnlineCalls: 2 }, now: () => new Date('2026-12-03T08:00:00Z') });
    offline = new CheckboxOffline(h.client);
    expect(await h.driver.openShift(cashier, 0)).toMatchObject({ kind: 'done' });
  });
  afterAll(async () => h.close());

  it('11: reserves codes online only, hands them out for the open shift, goes offline and sells 1000 receipts with no code used twice', async () => {
    expect(await offline.ask(1_100)).toMatchObject({ kind: 'ok' });
    // The driver reserved its own 500 at the shift's opening (offline-mode.ts) and holds them in hand.
    expect(await offline.available()).toMatchObject({ kind: 'ok', value: 500 + 1_100 });
    const codes = await offline.take(1_001);
    expect(codes.kind === 'ok' && codes.value).toHaveLength(1_001);
    const [goCode, ...saleCodes] = (codes as { value: string[] }).value;
    expect(await offline.goOffline(now(), goCode)).toMatchObject({ kind: 'ok' });
    expect(await offline.ask(10)).toMatchObject({ kind: 'refused', code: 'already_offline' });
    const refusals: string[] = [];
    for (const code of saleCodes) {
      advance(60_000);
      const reply = await offlineSale(code, now());
      if (reply.kind !== 'ok') refusals.push(reply.kind === 'refused' ? reply.code : reply.reason);
      else expect(reply.value).toMatchObject({ status: 'DONE', is_created_offline: true, fiscal_code: code });
    }
    expect(refusals).toEqual([]);
    expect(await offlineSale(saleCodes[0]!, now())).toMatchObject({ kind: 'refused', code: 'offline_code_used' });
  }, 120_000);

  it('12: offline fiscal dates in the memory never go backwards, and an earlier date is refused', async () => {
    const dates = [...h.simulator.memory.receipts.values()].filter((r) => r.offline).map((r) => r.createdAt);
    expect(dates).toEqual([...dates].sort());
    const codes = await offline.take(1);
    const late = await offlineSale((codes as { value: string[] }).value[0]!, new Date(now().getTime() - hours(1)));
    expect(late).toMatchObject({ kind: 'refused', code: 'refused_other', text: expect.stringMatching(/fiscal_date/) as unknown });
  });

  it('11: the budget warns at 35.5 hours offline, and the register refuses past 36', async () => {
    // 1000 minutes of sales so far; move to 35.5 hours into the session.
    const session = h.simulator.memory.counters.offline.sessions.at(-1)!;
    advance(hours(35.5) - (now().getTime() - Date.parse(session.start)));
    const budget = await offline.budget(now());
    expect(budget).toMatchObject({ kind: 'ok', value: { offline: true, warn: true, spent: false } });
    const codes = (await offline.take(2)) as { value: string[] };
    expect(await offlineSale(codes.value[0]!, now())).toMatchObject({ kind: 'ok' });
    advance(hours(0.5));
    expect(await offline.budget(now())).toMatchObject({ kind: 'ok', value: { spent: true } });
    expect(await offlineSale(codes.value[1]!, now())).toMatchObject({ kind: 'refused', text: expect.stringMatching(/36 годин/) as unknown });
  });

  it('goes online in as many calls as the service needs, and delivers what was made offline', async () => {
    expect(await offline.goOnline()).toMatchObject({ kind: 'ok', value: { status: 'PENDING' } });
    expect(await offline.goOnline()).toMatchObject({ kind: 'ok', value: { status: 'ONLINE' } });
    expect(await h.driver.info()).toMatchObject({ kind: 'done', value: { state: 'online' } });
    expect([...h.simulator.memory.receipts.values()].filter((r) => r.offline && !r.delivered)).toEqual([]);
    expect(await offlineSale('OFFLINE-999999', now())).toMatchObject({ kind: 'refused', code: 'not_manual_offline' });
  });

  it('11: refuses to go offline once the month’s 168 hours are spent', async () => {
    // 36 h so far this month; four more sessions of 33 h make 168.
    for (let i = 0; i < 4; i += 1) {
      advance(hours(1));
      expect(await offline.ask(1)).toMatchObject({ kind: 'ok' });
      expect(await offline.goOffline(now())).toMatchObject({ kind: 'ok' });
      advance(hours(33));
      await offline.goOnline();
      await offline.goOnline();
    }
    expect(await offline.budget(now())).toMatchObject({ kind: 'ok', value: { offline: false, spent: true, monthLeftMs: 0 } });
    expect(await offline.ask(1)).toMatchObject({ kind: 'ok' });
    expect(await offline.goOffline(now())).toMatchObject({ kind: 'refused', text: expect.stringMatching(/168/) as unknown });
  });
});
