import type { PrintableReceipt } from '../printable-receipt';

/** A Ukrainian cash sale as a driver fills it, for tests of the layout and the printers. */
export function sampleReceipt(overrides: Partial<PrintableReceipt> = {}): PrintableReceipt {
  return {
    uuid: '5b7d533c-97c8-4db7-8f5f-4b3aaca44a77',
    locale: 'uk',
    kind: 'sale',
    number: 17,
    issuedAt: '2026-12-07T13:05:00.000Z',
    header: ['ТОВ «Ромашка»', 'м. Київ, вул. Хрещатик, 1', 'ФН ПРРО 4000000001'],
    lines: [
      { name: 'Хліб білий', quantity: 2000, price: 2_550, sum: 5_100 },
      { name: 'Молоко пастеризоване 2,5% їжа ґатунок І', quantity: 1000, price: 4_299, sum: 4_299 },
    ],
    total: 9_399,
    rounding: 1,
    payments: [{ tender: 'cash', label: 'Готівка', amount: 10_000 }],
    change: 600,
    minorUnit: 100,
    fiscalCode: 'TEST-Xd-V3m',
    taxUrl: 'https://cabinet.tax.gov.ua/cashregs/check?id=TEST-Xd-V3m&date=20261207&time=15%3A05%3A00&fn=4000000001&sm=94.00',
    provisional: false,
    ...overrides,
  };
}
