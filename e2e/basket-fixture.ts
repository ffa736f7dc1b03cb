import { expect, type Page } from '@playwright/test';
import { ean13 } from '../electron/catalog/testing/barcodes';

/**
 * A week's basket of twelve different goods with names as long as a real shop's, eight of them on
 * quick keys: the layout specs fill the counter with it.
 */
export const basket = [
  ['Çörək ağ kərpic 500 q', '0,70', 'yes'],
  ['Süd 3,2% Milla 1 l', '1,89', 'yes'],
  ['Kefir Atena 2,5% 0,5 l', '1,35', 'yes'],
  ['Yumurta C1 10 ədəd', '3,20', 'yes'],
  ['Çay Azərçay Buket 100 q', '4,55', 'yes'],
  ['Qəndsiz su Sirab 1,5 l', '0,95', 'yes'],
  ['Pendir Şirvan ağ 400 q', '6,40', 'yes'],
  ['Makaron Barilla spaghetti 500 q', '2,79', 'yes'],
  ['Kolbasa Doktorskaya 450 q', '7,85', 'no'],
  ['Yağ Günəbaxan Kristal 1 l', '3,99', 'no'],
  ['Düyü Basmati Hindistan 1 kq', '4,10', 'no'],
  ['Şokolad Alpen Gold fındıqlı 90 q', '2,25', 'no'],
].map(([name, price, favourite], i) => ({ name, price, favourite: favourite === 'yes', barcode: ean13(`4760009${String(i + 10).padStart(5, '0')}`) }));

export const basketCsv = [
  'name;barcodes;code;price;vat;unit;favourite;position',
  ...basket.map((item, i) => `${item.name};${item.barcode};${2001 + i};${item.price};vat18;piece;${item.favourite ? 'yes' : 'no'};${item.favourite ? i + 1 : ''}`),
].join('\n');

/**
 * The basket's first goods, each by its barcode typed in the search and Enter: the layout is the
 * subject here, and a scan misread on a loaded machine would only blur what fails.
 */
export async function fillBasket(page: Page, count: number): Promise<void> {
  const lines = page.getByTestId('cart-lines').locator('li');
  for (const [i, item] of basket.slice(0, count).entries()) {
    await page.getByTestId('search').fill(item.barcode);
    await page.getByTestId('search').press('Enter');
    await expect(lines).toHaveCount(i + 1);
  }
}
