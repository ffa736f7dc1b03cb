import type { Product } from '../../shared/catalog';

/** What a merge changes in one product, so that the write touches no more than that. */
export interface ProductChange {
  after: Product;
  /** The name differs: the search index must be rebuilt. */
  renamed: boolean;
  /** Name, code, favourite or position differ: the columns the table's indexes hold. */
  indexedChanged: boolean;
  /** The barcodes differ: the old ones are let go before any product takes new ones. */
  barcodesChanged: boolean;
}

/**
 * What differs between a product and its merged self, or nothing when the row repeats it: a
 * weekly price list mostly does, and changes prices only.
 */
export function changeOf(before: Product, after: Product): ProductChange | undefined {
  const renamed = before.name !== after.name;
  const indexedChanged = renamed || before.code !== after.code || before.favourite !== after.favourite || before.position !== after.position;
  const barcodesChanged = before.barcodes.length !== after.barcodes.length || before.barcodes.some((barcode, i) => barcode !== after.barcodes[i]);
  const detailsChanged =
    before.price !== after.price ||
    before.vatRate !== after.vatRate ||
    before.unit !== after.unit ||
    before.codeType !== after.codeType ||
    before.markingRequired !== after.markingRequired;
  return indexedChanged || barcodesChanged || detailsChanged ? { after, renamed, indexedChanged, barcodesChanged } : undefined;
}
