import type { ImportProblem, Product } from '../../shared/catalog';
import { mergedProduct, newProduct, type ImportRow, type NewProduct } from './import-row';
import type { ProductQueries } from './product-queries';

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

export interface MergePlan {
  /** Products the file changes; those it names exactly as they are are left alone. */
  updates: ProductChange[];
  inserts: NewProduct[];
  /** Barcodes the file gives to a product while another product of the catalogue keeps them. */
  problems: ImportProblem[];
}

/**
 * Which product each row of a file names, active or not: the one with the row's code, else (for
 * a row without a code, or with a code the catalogue does not have yet) the one holding the
 * row's first barcode, unless another row has taken that product by its code. Other rows are new.
 * `byName`: a row with neither code nor barcodes takes a sold product of exactly its name, so a
 * replace by the same file twice keeps the products it had instead of deactivating and adding them.
 */
export function matchRows(queries: ProductQueries, rows: readonly ImportRow[], byName = false): Map<ImportRow, Product> {
  const targets = new Map<ImportRow, Product>();
  const taken = new Set<number>();
  const take = (row: ImportRow, product: Product | undefined) => {
    if (product === undefined || taken.has(product.id)) return;
    targets.set(row, product);
    taken.add(product.id);
  };
  // Codes first, all of them: a code names its product more surely than a barcode that may have moved.
  for (const row of rows) if (row.code) take(row, queries.byCode(row.code));
  for (const row of rows) {
    const mainBarcode = row.barcodes?.[0];
    if (!targets.has(row) && mainBarcode !== undefined) take(row, queries.byBarcode(mainBarcode));
  }
  if (byName) {
    for (const row of rows) {
      if (targets.has(row) || row.code || row.barcodes) continue;
      const id = queries.sellableIdsByName(row.name).find((candidate) => !taken.has(candidate));
      if (id !== undefined) take(row, queries.byId(id));
    }
  }
  return targets;
}

/**
 * What a merge does: each row updates the product it names (`matchRows`) and the rest are new.
 * A product whose row gives barcodes takes those instead of its own, so a barcode may move from
 * it to another product of the file; it may not be taken from any other product.
 */
export function planMerge(queries: ProductQueries, rows: readonly ImportRow[]): MergePlan {
  const targets = matchRows(queries, rows);
  const releasing = new Set([...targets].flatMap(([row, product]) => (row.barcodes === undefined ? [] : [product.id])));
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    for (const barcode of row.barcodes ?? []) {
      const holder = queries.idByBarcode(barcode);
      if (holder !== undefined && holder !== targets.get(row)?.id && !releasing.has(holder)) {
        problems.push({ row: row.row, column: 'barcodes', code: 'duplicateBarcode', value: barcode });
      }
    }
  }

  const updates: ProductChange[] = [];
  const inserts: NewProduct[] = [];
  for (const row of rows) {
    const before = targets.get(row);
    if (before === undefined) inserts.push(newProduct(row));
    else {
      const change = changeOf(before, mergedProduct(before, row));
      if (change) updates.push(change);
    }
  }
  return { updates, inserts, problems };
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
