import type { z } from 'zod';
import type { catalogChannels, ImportPreview, ImportProblem } from '../../shared/catalog';
import type { Db } from '../db/open';
import type { CatalogWriter } from './catalog-writer';
import { newProduct, type ImportRow } from './import-row';
import { changeOf, matchRows, planMerge } from './merge-plan';
import type { ProductQueries } from './product-queries';
import { readImportFile } from './read-import-file';
import { rebuildSearchIndex } from './search-index';

/**
 * replace: the file becomes the catalogue (what it does not name is deactivated); merge: it
 * updates the products it names and adds the rest.
 */
export type ImportMode = z.infer<(typeof catalogChannels)['catalog.import']['input']>['mode'];

/** A file of 200,000 bad rows must not become 200,000 problems on the screen (or over IPC). */
export const maxListedProblems = 500;
const sampleRows = 20;

/** A file refused whole; `problems` are the first `maxListedProblems`, the message counts all. */
export class ImportRefusedError extends Error {
  readonly problems: ImportProblem[];

  constructor(problems: readonly ImportProblem[]) {
    super(`The catalogue file has ${problems.length} problem(s); nothing was imported`);
    this.name = 'ImportRefusedError';
    this.problems = problems.slice(0, maxListedProblems);
  }
}

/** What an import of `csv` would do, without doing it. */
export function previewImport(csv: string): ImportPreview {
  const file = readImportFile(csv);
  return {
    rows: file.rows,
    valid: file.valid.length,
    problems: file.problems.slice(0, maxListedProblems),
    sample: file.valid.slice(0, sampleRows).map(newProduct),
  };
}

/**
 * Writes the rows and says whether the search index needs rebuilding: not after a merge that
 * renames and adds nothing, such as a price list, which then skips a pass over every name.
 */
function write(queries: ProductQueries, writer: CatalogWriter, rows: readonly ImportRow[], mode: ImportMode, at: string): { namesChanged: boolean } {
  switch (mode) {
    case 'replace': {
      // Products are deactivated, never deleted: a receipt may name one, and its quick keys and
      // category wait for it. Each row takes the product it names and makes it what the row says
      // (written only where it differs: the same file again writes next to nothing); the file's
      // barcodes are let go by every product that is not the row's own.
      const targets = matchRows(queries, rows, true);
      const changes = rows.flatMap((row) => {
        const target = targets.get(row);
        const change = target && changeOf(target, { ...newProduct(row), id: target.id });
        return change ? [change] : [];
      });
      writer.deactivateAllBut([...targets.values()].map((product) => product.id), at);
      for (const change of changes) if (change.barcodesChanged) writer.deleteBarcodes(change.after.id);
      for (const row of rows) {
        for (const barcode of row.barcodes ?? []) {
          const holder = queries.idByBarcode(barcode);
          if (holder !== undefined && holder !== targets.get(row)?.id) writer.releaseBarcode(barcode);
        }
      }
      for (const change of changes) writer.update(change, at);
      for (const product of targets.values()) writer.reactivate(product.id, at);
      const inserts = rows.filter((row) => !targets.has(row));
      for (const row of inserts) writer.insert(newProduct(row), at);
      return { namesChanged: inserts.length > 0 || changes.some((change) => change.renamed) };
    }
    case 'merge': {
      const plan = planMerge(queries, rows);
      if (plan.problems.length > 0) throw new ImportRefusedError(plan.problems);
      // Changed barcodes are all let go first, so that they can move between products.
      for (const change of plan.updates) if (change.barcodesChanged) writer.deleteBarcodes(change.after.id);
      for (const change of plan.updates) writer.update(change, at);
      for (const product of plan.inserts) writer.insert(product, at);
      return { namesChanged: plan.inserts.length > 0 || plan.updates.some((change) => change.renamed) };
    }
  }
}

/**
 * Imports all of `csv` or nothing: one transaction, and any problem (in the file, or a merge's
 * conflict with the catalogue) throws ImportRefusedError before a row is written, or rolls the
 * transaction back. Returns how many rows the file had: each is now a product as the file says.
 */
export function importCatalog(db: Db, queries: ProductQueries, writer: CatalogWriter, csv: string, mode: ImportMode, at: string): number {
  const file = readImportFile(csv);
  if (file.problems.length > 0) throw new ImportRefusedError(file.problems);
  return db
    .transaction(() => {
      if (write(queries, writer, file.valid, mode, at).namesChanged) rebuildSearchIndex(db);
      return file.valid.length;
    })
    .immediate();
}
