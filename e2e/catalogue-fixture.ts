import { ean13, scaleLabel } from '../electron/catalog/testing/barcodes';

/** A weighed item's label: prefix 22, item 12345, weight in grams, check digit. */
export function weighedLabel(grams: number): string {
  return scaleLabel('22', '12345', grams);
}

export const breadBarcode = ean13('476000100001');
export const milkBarcode = ean13('476000200001');
export const teaBarcode = ean13('476000300001');

/** A small shop's catalogue for the e2e tests, as a manager would import it. */
export const catalogueCsv = [
  'name;barcodes;code;price;vat;unit;favourite;position',
  `Çörək ağ;${breadBarcode};1001;0,70;vat18;piece;yes;1`,
  `Süd 3,2% 1 l;${milkBarcode};1002;1,89;vat18;piece;yes;2`,
  `Pomidor;2212345;12345;3,49;vatFree;kg;yes;3`,
  `Çay Azərçay 100 q;${teaBarcode};1004;4,55;vat18;piece;no;`,
  `Alma Qızıl Əhmədi;2212346;12346;2,15;simplified2;kg;no;`,
].join('\n');
