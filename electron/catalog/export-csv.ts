import Papa from 'papaparse';
import type { Product } from '../../shared/catalog';
import { columnNames, type ColumnName } from './import-columns';
import { barcodeSeparator } from './import-fields';

/**
 * The catalogue as a file the import reads back unchanged. Written for the spreadsheets of the
 * shops it serves: ";" between values and "," before the decimals, as Excel in Azerbaijani,
 * Ukrainian and Russian reads and writes them (a "1.99" there can come back as 1 September), a
 * byte order mark so Excel sees UTF-8 rather than garbling ə and Cyrillic, and Windows line ends.
 */
export function catalogCsv(products: Iterable<Product>): string {
  const data: string[][] = [];
  for (const product of products) {
    const cells: Record<ColumnName, string> = {
      name: product.name,
      barcodes: product.barcodes.join(barcodeSeparator),
      code: product.code,
      price: formatPrice(product.price),
      vat: product.vatRate,
      unit: product.unit,
      codeType: product.codeType,
      markingRequired: yesNo(product.markingRequired),
      favourite: yesNo(product.favourite),
      position: product.position === null ? '' : String(product.position),
    };
    data.push(columnNames.map((column) => cells[column]));
  }
  return `\uFEFF${Papa.unparse({ fields: [...columnNames], data }, { delimiter: ';', newline: '\r\n' })}\r\n`;
}

/** Minor units as major units with two decimals, by integer arithmetic: 199 → "1,99". */
export function formatPrice(minor: number): string {
  const cents = minor % 100;
  return `${(minor - cents) / 100},${String(cents).padStart(2, '0')}`;
}

function yesNo(flag: boolean): string {
  return flag ? 'yes' : 'no';
}
