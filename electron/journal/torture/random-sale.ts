import { VatRate } from '../../../shared/fiscal/catalogue-types';
import type { SaleDocument } from '../../../shared/fiscal/documents';
import { linesTotal } from '../../../shared/fiscal/receipt-math';
import { seededRandom } from '../../devices/seeded-random';

/** Each product's tax group in order of preference: Azerbaijan's first, then Ukraine's and Belarus's. */
const products = [
  { name: 'Çörək', code: '4760001000017', price: 70, unit: 'piece', groups: ['vat18', 'vat20'] },
  { name: 'Süd 1 l', code: '4760002000014', price: 189, unit: 'piece', groups: ['vat18', 'vat14', 'vat10'] },
  { name: 'Pomidor', code: '2000000000015', price: 349, unit: 'kg', groups: ['vatFree'] },
  { name: 'Alma', code: '2000000000022', price: 215, unit: 'kg', groups: ['simplified2', 'vat7', 'vat0'] },
  { name: 'Çay 100 q', code: '4760003000011', price: 455, unit: 'piece', groups: ['vat18', 'vat20'] },
] as const;

/**
 * A believable sale from a seed: a few lines, paid by card, cash with change, or both. Each
 * product has the first of its groups the device takes (`taxGroups`, its capabilities), else the
 * device's first: the same in every sale.
 */
export function randomSale(seed: number, taxGroups: readonly VatRate[] = VatRate.options): SaleDocument {
  const random = seededRandom(seed);
  const count = 1 + Math.floor(random() * 4);
  const lines = Array.from({ length: count }, () => {
    const product = products[Math.floor(random() * products.length)]!;
    const quantity = product.unit === 'kg' ? 100 + Math.floor(random() * 2900) : 1000 * (1 + Math.floor(random() * 3));
    const vatRate = product.groups.find((group) => taxGroups.includes(group)) ?? taxGroups[0] ?? 'vat18';
    return { name: product.name, code: product.code, codeType: 'ean13' as const, quantity, unit: product.unit, price: product.price, discount: 0, vatRate };
  });
  const total = linesTotal(lines);
  const card = random() < 0.4 ? Math.floor(total * random()) : 0;
  const cash = total - card + (random() < 0.5 ? Math.floor(random() * 500) : 0);
  return { kind: 'sale', cashierName: 'Torture Test', lines, tenders: { cash, card, bonus: 0, credit: 0, prepayment: 0 } };
}
