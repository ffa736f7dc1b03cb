import type { VatRate } from '../../shared/fiscal/catalogue-types';
import { catalogCsv } from './export-csv';

/**
 * A file to fill in: every column the import reads, in the export's format (";", decimal
 * comma, UTF-8 with a byte order mark), and one example row the manager overwrites. The row is
 * a real product of a shop, in a tax group the device takes, so the file imports as it is.
 */
export function templateCsv(vatRate: VatRate): string {
  return catalogCsv([
    {
      id: 0,
      name: 'Çörək ağ 500 g',
      code: '1001',
      barcodes: ['4761234000018'],
      price: 70,
      vatRate,
      unit: 'piece',
      codeType: 'ean13',
      markingRequired: false,
      favourite: true,
      position: 1,
    },
  ]);
}
