import { OfficeProduct } from '../../shared/office/till-api';

/** A row of the products table as pg returns it (bigints as text). */
export interface ProductDbRow {
  id: string;
  shop_id: string;
  version: string;
  removed: boolean;
  name: string;
  code: string;
  barcodes: string[];
  price: string;
  vat_rate: string;
  unit: string;
  code_type: string;
  marking_required: boolean;
  favourite: boolean;
  position: number | null;
}

/** Parsed on the way out too: a row written by hand in psql cannot reach a till unchecked. */
export function productOfRow(row: ProductDbRow): OfficeProduct {
  return OfficeProduct.parse({
    officeId: row.id,
    name: row.name,
    code: row.code,
    barcodes: row.barcodes,
    price: Number(row.price),
    vatRate: row.vat_rate,
    unit: row.unit,
    codeType: row.code_type,
    markingRequired: row.marking_required,
    favourite: row.favourite,
    position: row.position,
  });
}
