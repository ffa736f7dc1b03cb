import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DifferencesAnswer, SalesAnswer, ShopsAnswer, TillsAnswer, ZReportsAnswer } from '../../shared/office/office-api';
import { freshDatabase, noTestServer, type TestDatabase } from '../testing/postgres';
import { OfficeQueryError } from './query';
import { officeReads } from './routes';
import { cashierName, deviceZReport, line, OfficeFixture, refund, rollbackOfDeviceDocument, sale } from './testing/office-fixture';

if (noTestServer) console.warn(`office reads skipped: ${noTestServer}`);

const read = (path: string, query: Record<string, string> = {}) => {
  const route = officeReads.find((r) => r.path === path);
  if (!route) throw new Error(`no route ${path}`);
  return route.handle(db.pool, new URLSearchParams(query));
};

let db: TestDatabase;
let office: OfficeFixture;
const ids = { baku: '', kyiv: '', a1: '', a2: '', b1: '', refundedSale: '' };

/**
 * Two shops on two clocks: Baku (UTC+4, manat) with two tills, Kyiv (UTC+2 in December, hryvnia)
 * with one. The day under test is 2026-12-07 of each shop's clock.
 */
describe.skipIf(noTestServer)('the office page reads on a real PostgreSQL', () => {
  beforeAll(async () => {
    db = await freshDatabase();
    office = new OfficeFixture(db.pool);
    ids.baku = await office.shop('Nizami küçəsi', 'Asia/Baku', 'AZN');
    ids.kyiv = await office.shop('Хрещатик', 'Europe/Kyiv', 'UAH');
    ids.a1 = await office.till(ids.baku, 'Kassa 1', 60);
    ids.a2 = await office.till(ids.baku, 'Kassa 2', 3600);
    ids.b1 = await office.till(ids.kyiv, 'Каса 1', null);

    const bread = line('Çörək', 'B-1', 1000);
    const tea = line('Çay', 'T-1', 2500);
    // 01:30 on the 7th in Baku, though the 6th in UTC: in the day.
    await office.document(ids.a1, sale([bread], { cash: 1000 }), '2026-12-06T21:30:00.000Z');
    // 23:59 on the 6th in Baku: not in the day.
    await office.document(ids.a1, sale([line('Un', 'U-1', 3000)], { cash: 3000 }), '2026-12-06T19:59:00.000Z');
    // Device id 17 on till 1; till 2's device has a receipt 17 too, which a rollback cancels there.
    ids.refundedSale = await office.document(ids.a1, sale([tea], { card: 2500 }), '2026-12-07T06:00:00.000Z', { deviceDocumentId: '17' });
    await office.document(ids.a1, refund(ids.refundedSale, [line('Çay', 'T-1', 500)], { card: 500 }), '2026-12-07T07:00:00.000Z');
    // Refused by the device: nothing was fiscalised, so it is in no figure.
    await office.document(ids.a1, sale([line('Qəhvə', 'C-1', 9999)], { cash: 9999 }), '2026-12-07T08:00:00.000Z', { state: 'rejected', deviceDocumentId: null });
    // 00:30 on the 8th in Baku.
    await office.document(ids.a1, sale([line('Şəkər', 'S-1', 7000)], { cash: 7000 }), '2026-12-07T20:30:00.000Z');
    await office.document(ids.a2, sale([line('Çay', 'T-1', 2000, 2000)], { cash: 4000 }), '2026-12-07T08:15:00.000Z');
    await office.document(ids.a2, sale([line('Su', 'W-1', 600)], { cash: 600 }), '2026-12-07T08:20:00.000Z', { deviceDocumentId: '17' });
    // Rolled back the next morning, before that device's Z report: the sale of the 7th is cancelled.
    await office.document(ids.a2, rollbackOfDeviceDocument('17', 600), '2026-12-08T05:00:00.000Z');
    await office.document(ids.a2, { unreadable: true }, '2026-12-07T09:00:00.000Z');
    // Pushed as the journal's JSON text rather than the object: read the same.
    await office.document(ids.b1, sale([line('Хліб', 'H-1', 250)], { cash: 250 }), '2026-12-07T11:00:00.000Z', { asText: true });
    // 12:00 in Kyiv on the 7th; and 00:30 on the 8th there.
    await office.document(ids.b1, sale([line('Хліб', 'H-1', 1500)], { card: 1500 }), '2026-12-07T10:00:00.000Z');
    await office.document(ids.b1, sale([line('Хліб', 'H-1', 5000)], { cash: 5000 }), '2026-12-07T22:30:00.000Z');

    await office.zReport(ids.a1, '2026-12-07T18:00:00.000Z', {
      number: '41',
      cashier: cashierName,
      device: deviceZReport('AZN', 2, 3500, 600),
      comparison: [
        { section: 'moneyBack', figure: 'total', journal: 500, device: 600, differs: true },
        { section: 'sale', figure: 'total', journal: 3500, device: 3500, differs: false },
      ],
      differences: 1,
    });
    await office.zReport(ids.b1, '2026-12-07T19:00:00.000Z', { number: '7', cashier: 'Олена', device: deviceZReport('UAH', 1, 1500, 0), comparison: [], differences: 0 });
    await office.zReport(ids.a2, '2026-12-08T18:00:00.000Z', { number: '12', cashier: cashierName, device: deviceZReport('AZN', 1, 4000, 0), comparison: [], differences: 0 });
    await office.mismatch(ids.a2, '2026-12-07T09:30:00.000Z', 4000, 4100);
    await office.mismatch(ids.a2, '2026-12-08T09:30:00.000Z', 100, 90);
    await office.drawer(ids.a1, 'device-1', 12_345);
    await office.conflict(ids.b1, 'doc-uuid-1');
  }, 60_000);
  afterAll(async () => db?.drop());

  it('adds up the day of each shop by its own clock: two tills, refunds and a rollback in, a rejected document and the neighbouring days out', async () => {
    const answer = SalesAnswer.parse(await read('sales', { date: '2026-12-07' }));
    const baku = answer.shops.find((s) => s.shopId === ids.baku)!;
    expect(baku.totals).toEqual({ net: 7000, sales: 7500, receipts: 3, refunds: 500, refundCount: 1, rolledBack: 1, averageReceipt: 2500 });
    expect(baku.tills.map((t) => [t.name, t.totals.net, t.totals.receipts, t.totals.rolledBack])).toEqual([
      ['Kassa 1', 3000, 2, 0],
      ['Kassa 2', 4000, 1, 1],
    ]);
    const kyiv = answer.shops.find((s) => s.shopId === ids.kyiv)!;
    expect(kyiv.totals.net).toBe(1750);
    expect(kyiv.totals.receipts).toBe(2);
    expect(answer.unreadable).toBe(1);

    // Manat and hryvnia are never added together: one group each.
    expect(answer.groups.map((g) => [g.currency, g.timeZone, g.figures.totals.net])).toEqual([
      ['AZN', 'Asia/Baku', 7000],
      ['UAH', 'Europe/Kyiv', 1750],
    ]);
    const manat = answer.groups[0]!.figures;
    expect(manat.hours.map((h) => h.hour)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-12-07T${String(i + 1).padStart(2, '0')}`));
    expect(manat.hours.filter((h) => h.net !== 0).map((h) => [h.hour.slice(11), h.sales, h.refunds])).toEqual([
      ['01', 1000, 0],
      ['10', 2500, 0],
      ['11', 0, 500],
      ['12', 4000, 0],
    ]);
    expect(manat.tenders).toEqual({ cash: 5000, card: 2000, bonus: 0, credit: 0, prepayment: 0 });
    expect(manat.topByAmount.map((p) => [p.name, p.amount])).toEqual([
      ['Çay', 6000],
      ['Çörək', 1000],
    ]);
  });

  it('reads the next day on each shop’s clock, and one shop alone when asked', async () => {
    const answer = SalesAnswer.parse(await read('sales', { date: '2026-12-08', shop: ids.baku }));
    expect(answer.shops.map((s) => s.shopId)).toEqual([ids.baku]);
    expect(answer.shops[0]!.totals).toMatchObject({ net: 7000, receipts: 1, rolledBack: 0 });
    expect(answer.unreadable).toBe(0);
    const kyiv = SalesAnswer.parse(await read('sales', { date: '2026-12-08', shop: ids.kyiv }));
    expect(kyiv.shops[0]!.totals).toMatchObject({ net: 5000, receipts: 1 });
  });

  it('lists the tills with online by their last word, their drawers and version', async () => {
    const answer = TillsAnswer.parse(await read('tills'));
    expect(answer.tills.map((t) => [t.name, t.shopName, t.online, t.lastPushAt === null])).toEqual([
      ['Kassa 1', 'Nizami küçəsi', true, false],
      ['Kassa 2', 'Nizami küçəsi', false, false],
      ['Каса 1', 'Хрещатик', false, true],
    ]);
    expect(answer.tills[0]!.drawers.map((d) => [d.deviceId, d.cash])).toEqual([['device-1', 12_345]]);
    expect(TillsAnswer.parse(await read('tills', { shop: ids.kyiv })).tills.map((t) => t.tillId)).toEqual([ids.b1]);
    expect(ShopsAnswer.parse(await read('shops')).shops.map((s) => [s.name, s.currency, s.timeZone])).toEqual([
      ['Nizami küçəsi', 'AZN', 'Asia/Baku'],
      ['Хрещатик', 'UAH', 'Europe/Kyiv'],
    ]);
  });

  it('lists every till’s Z reports of the day with the device’s figures and what differed', async () => {
    const answer = ZReportsAnswer.parse(await read('z-reports', { date: '2026-12-07' }));
    expect(answer.zReports.map((z) => [z.tillName, z.reportNumber, z.figures?.sales, z.figures?.refunds, z.differences])).toEqual([
      ['Kassa 1', '41', 3500, 600, 1],
      ['Каса 1', '7', 1500, 0, 0],
    ]);
    expect(answer.zReports[0]!.differing).toEqual([{ section: 'moneyBack', figure: 'total', journal: 500, device: 600, differs: true }]);
    expect(ZReportsAnswer.parse(await read('z-reports', { date: '2026-12-08' })).zReports.map((z) => z.reportNumber)).toEqual(['12']);
  });

  it('gathers the day’s differences: mismatched documents, Z reports that differ, and refused pushes', async () => {
    const answer = DifferencesAnswer.parse(await read('differences', { date: '2026-12-07' }));
    expect(answer.mismatches.map((m) => [m.tillName, m.documentTotal, m.deviceTotal, m.totalDiffers])).toEqual([['Kassa 2', 4000, 4100, true]]);
    expect(answer.zReports.map((z) => z.reportNumber)).toEqual(['41']);
    expect(answer.conflicts.map((c) => [c.tillName, c.identity])).toEqual([['Каса 1', 'doc-uuid-1']]);
    expect(answer.conflictCount).toBe(1);
    const bakuOnly = DifferencesAnswer.parse(await read('differences', { date: '2026-12-07', shop: ids.baku }));
    expect(bakuOnly.conflicts).toEqual([]);
  });

  it('counts the day clocks go forward as the shop lives it: 23 hours, midnight to midnight of its own clock', async () => {
    // Kyiv moves from UTC+2 to UTC+3 at 03:00 on 29 March 2026.
    const hryvnia = (price: number) => sale([line('Хліб', 'H-1', price)], { cash: price });
    await office.document(ids.b1, hryvnia(100), '2026-03-28T21:30:00.000Z'); // 23:30 on the 28th
    await office.document(ids.b1, hryvnia(200), '2026-03-28T22:30:00.000Z'); // 00:30 on the 29th
    await office.document(ids.b1, hryvnia(400), '2026-03-29T20:30:00.000Z'); // 23:30 on the 29th, summer time
    await office.document(ids.b1, hryvnia(800), '2026-03-29T21:30:00.000Z'); // 00:30 on the 30th
    const answer = SalesAnswer.parse(await read('sales', { date: '2026-03-29', shop: ids.kyiv }));
    expect(answer.shops[0]!.totals).toMatchObject({ sales: 600, receipts: 2 });
    const hours = answer.groups[0]!.figures.hours;
    expect([hours[0]?.hour, hours.at(-1)?.hour]).toEqual(['2026-03-29T00', '2026-03-29T23']);
  });

  it('refuses a query it cannot read, saying which parameter', async () => {
    await expect(read('sales')).rejects.toThrow(OfficeQueryError);
    await expect(read('sales', { date: '2026-13-40' })).rejects.toThrow(/date/);
    await expect(read('tills', { shop: 'nizami' })).rejects.toThrow(/shop/);
    await expect(read('z-reports', { date: '2026-12-07', limit: '5' })).rejects.toThrow(OfficeQueryError);
  });

  it('refuses a shop whose clock PostgreSQL does not know', async () => {
    await expect(db.pool.query(`INSERT INTO shops (id, name, time_zone) VALUES (gen_random_uuid(), 'X', 'Asia/Bakuu')`)).rejects.toThrow(/time zone/);
  });
});
