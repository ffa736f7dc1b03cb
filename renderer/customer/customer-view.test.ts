import { describe, expect, it } from 'vitest';
import type { Product } from '../../shared/catalog';
import { CustomerView } from '../../shared/sale/customer-view';
import { cartView, paidView } from './customer-view';

const tea: Product = { id: 1, name: 'Çay Azərçay 100 q', code: '1004', barcodes: [], price: 455, vatRate: 'vat18', unit: 'piece', codeType: 'ean13', markingRequired: false, favourite: false, position: null };
const apples: Product = { ...tea, id: 2, name: 'Alma', price: 215, unit: 'kg' };

describe('what the customer display is sent', () => {
  it('an empty cart is the welcome; a cart is its lines with discounts and the total, inside the channel schema', () => {
    expect(cartView([], 0, 'AZN')).toEqual({ state: 'idle', currency: 'AZN' });
    const view = cartView(
      [
        { key: 'a', product: tea, quantity: 2000, price: 455, discount: 10, markingCodes: [] },
        { key: 'b', product: apples, quantity: 1250, price: 215, discount: 0, markingCodes: [] },
      ],
      0,
      'AZN',
    );
    expect(view).toMatchObject({ state: 'cart', lines: [{ name: 'Çay Azərçay 100 q', quantity: 2000, total: 900 }, { unit: 'kg', total: 269 }], discount: 10, total: 1169 });
    expect(CustomerView.safeParse(view).success).toBe(true);
  });

  it('a paid sale shows what was given and the change', () => {
    const tenders = { cash: 500, card: 0, bonus: 0, credit: 0, prepayment: 0 };
    expect(paidView({ tenders } as Parameters<typeof paidView>[0], 329, 'AZN')).toEqual({ state: 'paid', currency: 'AZN', total: 329, paid: 500, change: 171 });
  });
});
