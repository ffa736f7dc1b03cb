import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FiscalDocument } from '../../shared/fiscal/documents';
import { maxLines, maxMoney, maxPrice, maxQuantity } from '../../shared/fiscal/limits';
import type { KassaApp } from '../app/create-app';
import { cashier, line, tenders } from '../devices/caspos/testing/documents';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp } from '../testing/test-app';

/**
 * The contract's limits at the real dispatcher (findings 1, 5 and 7 of issue 13): absurd figures
 * and unsafe texts are refused as `invalid_input` naming the field, before anything is journaled.
 */
const tempDir = useTempDirs();
let app: KassaApp;

beforeAll(async () => {
  app = await startTestApp(tempDir());
  expect(await app.dispatch('shift.open', { openingFloat: 0 })).toMatchObject({ ok: true });
});
afterAll(async () => app.close());

const journaled = () => (app.context.db.prepare('SELECT count(*) AS n FROM journal_documents').get() as { n: number }).n;

/** The refusal's field paths, as the renderer shows them. */
async function refusedPaths(channel: string, input: unknown): Promise<string[]> {
  const before = journaled();
  const result = await app.dispatch(channel, input);
  expect(result, JSON.stringify(result).slice(0, 300)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  expect(journaled()).toBe(before);
  const issues = (result as { error: { details: { path: (string | number)[] }[] } }).error.details;
  return issues.map((issue) => issue.path.join('.'));
}

const sale = (overrides: Partial<Extract<FiscalDocument, { kind: 'sale' }>>): FiscalDocument => ({
  kind: 'sale',
  cashierName: cashier,
  lines: [line()],
  tenders: tenders({ cash: 120 }),
  ...overrides,
});

describe('limits of a fiscal document', () => {
  it('finding 1: a line of 999999999999 × 999999999 (a total beyond 2^53) is refused, naming the line figures', async () => {
    const document = sale({ lines: [line({ quantity: 999_999_999_999, price: 999_999_999 })], tenders: tenders({ cash: maxMoney }) });
    expect(await refusedPaths('document.submit', { document })).toEqual(expect.arrayContaining(['document.lines.0.quantity', 'document.lines.0.price']));
  });

  it('finding 5: a 90-trillion sale, a line of 9 trillion pieces, a 3,000-line receipt and a 500 kB marking code are refused', async () => {
    expect(await refusedPaths('document.submit', { document: sale({ lines: [line({ price: 90_000_000_000_000 })] }) })).toContain('document.lines.0.price');
    expect(await refusedPaths('document.submit', { document: sale({ lines: [line({ quantity: 9_000_000_000_000_000, price: 1 })] }) })).toContain(
      'document.lines.0.quantity',
    );
    expect(await refusedPaths('document.submit', { document: sale({ lines: Array.from({ length: 3000 }, () => line()), tenders: tenders({ cash: 360_000 }) }) })).toContain(
      'document.lines',
    );
    expect(await refusedPaths('document.submit', { document: sale({ lines: [line({ markingCodes: ['0'.repeat(500_000)] })] }) })).toContain(
      'document.lines.0.markingCodes.0',
    );
    expect(await refusedPaths('document.submit', { document: { kind: 'deposit', cashierName: cashier, sum: 9_000_000_000_000 } })).toContain('document.sum');
  });

  it('refuses lines each within the limits whose sums are not: the line total, the document total, a discount above its line', async () => {
    expect(await refusedPaths('document.submit', { document: sale({ lines: [line({ quantity: maxQuantity, price: maxPrice })] }) })).toContain('document.lines.0.quantity');
    const big = line({ quantity: 1000, price: maxPrice });
    expect(await refusedPaths('document.submit', { document: sale({ lines: Array.from({ length: 11 }, () => big), tenders: tenders({ cash: maxMoney }) }) })).toContain(
      'document.lines',
    );
    expect(await refusedPaths('document.submit', { document: sale({ lines: [line({ price: 100, discount: 101 })] }) })).toContain('document.lines.0.discount');
    expect(
      await refusedPaths('document.submit', {
        document: { kind: 'correction', cashierName: cashier, firstOperationAt: '2026-01-01T00:00:00.000Z', lastOperationAt: '2026-01-01T00:00:00.000Z', cash: maxMoney, card: 1, vatRate: 'vat18' },
      }),
    ).toContain('document.card');
  });

  it('refuses texts beyond what the device takes, control characters and lone surrogates in names and notes', async () => {
    expect(await refusedPaths('document.submit', { document: sale({ lines: [line({ name: 'x'.repeat(256) })] }) })).toContain('document.lines.0.name');
    expect(await refusedPaths('document.submit', { document: sale({ note: 'Sağ olun\u0000' }) })).toContain('document.note');
    expect(
      await refusedPaths('document.submit', { document: sale({ tenders: tenders({ cash: 120, credit: 0 }), credit: { contract: 'K'.repeat(65), payer: 'Rəşad' } }) }),
    ).toContain('document.credit.contract');
    expect(await refusedPaths('document.submit', { document: sale({ client: { name: 'Ad\uD800' } }) })).toContain('document.client.name');
  });

  it('takes a receipt at the limits: the most lines, a line at the largest total', async () => {
    const most = sale({ lines: Array.from({ length: maxLines }, () => line()), tenders: tenders({ cash: maxLines * 120 }) });
    expect(await app.dispatch('document.submit', { document: most })).toMatchObject({ ok: true, value: { state: 'done' } });
    const largest = sale({ lines: [line({ quantity: 10_000, price: maxPrice })], tenders: tenders({ cash: maxMoney }) });
    expect(await app.dispatch('document.submit', { document: largest })).toMatchObject({ ok: true, value: { state: 'done', total: 10 * maxPrice } });
  });

  it('takes wholesale lines: 20 t of cement by the kilo, 15,000 litres of fuel, the most pieces a line may hold', async () => {
    const wholesale = sale({
      lines: [
        line({ name: 'Sement M400', unit: 'kg', quantity: 20_000_000, price: 12 }),
        line({ name: 'Dizel', unit: 'litre', quantity: 15_000_000, price: 180 }),
        line({ name: 'Mıx 3 mm', quantity: maxQuantity, price: 1 }),
      ],
      tenders: tenders({ card: 240_000 + 2_700_000 + 1_000_000 }),
    });
    expect(await app.dispatch('document.submit', { document: wholesale })).toMatchObject({ ok: true, value: { state: 'done', total: 3_940_000 } });
  });
});

describe('safe text in people, settings and devices', () => {
  it('finding 7: people.save with a NUL or a lone surrogate in the name answers invalid_input naming the name', async () => {
    for (const name of ['Aysel\u0000', 'Aysel\uD800', 'Aysel\uDC00x']) {
      expect(await refusedPaths('people.save', { name, role: 'cashier', pin: '1357', active: true })).toEqual(['name']);
    }
    // A name with letters outside the basic plane is a name.
    expect(await app.dispatch('people.save', { name: 'Aysel 𝒜', role: 'cashier', pin: '1357', active: true })).toMatchObject({ ok: true });
  });

  it('refuses control characters in the receipt note and a device name', async () => {
    expect(await refusedPaths('settings.update', { receiptNote: 'Bizi seçdiyiniz üçün\u0007' })).toEqual(['receiptNote']);
    expect(await refusedPaths('devices.save', { kind: 'caspos', name: 'Kassa\u001b[2J', settings: { url: 'http://127.0.0.1:9', username: 'admin', auth: 'integration' } })).toEqual(['name']);
  });
});
