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
