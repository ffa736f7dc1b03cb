import type { ImportPreview, ImportProblem } from '../../shared/catalog';
import type { Db } from '../db/open';
import { applyImport, type ImportMode } from './import-apply';
import { ImportChecker, maxListedProblems } from './import-checker';
import { newProduct, type NewProduct } from './import-row';
import { ImportStaging } from './import-staging';
import type { ProductQueries } from './product-queries';
import { checkImportStream, checkImportText, type StreamOptions } from './read-import-file';

export type { ImportMode } from './import-apply';
export { maxListedProblems } from './import-checker';

const sampleRows = 20;

/** A file refused whole; `problems` are the first `maxListedProblems`, the message counts all. */
export class ImportRefusedError extends Error {
  readonly problems: ImportProblem[];

  constructor(problems: readonly ImportProblem[], count = problems.length) {
    super(`The catalogue file has ${count} problem(s); nothing was imported`);
    this.name = 'ImportRefusedError';
    this.problems = problems.slice(0, maxListedProblems);
  }
}

/**
 * What an import of `csv` would do, without doing it: every row is read and checked, a sample
 * of the first is kept, and the problems are counted.
 */
export function previewImport(csv: string): ImportPreview {
  const preview = new Preview();
  checkImportText(csv, preview.checker);
  return preview.result();
}

/** `previewImport` of a file read as it comes off the disk (`size` bytes, for the progress). */
export async function previewImportStream(bytes: AsyncIterable<Buffer | string>, size: number, options: StreamOptions = {}): Promise<ImportPreview> {
  const preview = new Preview();
  await checkImportStream(bytes, size, preview.checker, options);
  return preview.result();
}

class Preview {
  private readonly sample: NewProduct[] = [];
  readonly checker = new ImportChecker((row) => {
    if (this.sample.length < sampleRows) this.sample.push(newProduct(row));
  });

  result(): ImportPreview {
    const { rows, valid, problems, problemCount } = this.checker;
    return { rows, valid, problems, problemCount, sample: this.sample };
  }
}

/**
 * Imports all of `csv` or nothing. It is read and checked into staging tables batch by batch
 * (import-staging.ts), so its rows are never held all at once, and then written in one
 * transaction (import-apply.ts). Any problem (in the file, or a merge's conflict with the
 * catalogue) throws ImportRefusedError before a product is written, and the catalogue is as it
 * was. Returns how many rows the file had: each is now a product as the file says.
 */
export function importCatalog(db: Db, queries: ProductQueries, csv: string, mode: ImportMode, at: string): number {
  const staged = new StagedImport(db);
  try {
    checkImportText(csv, staged.checker);
    return staged.apply(queries, mode, at);
  } finally {
    staged.drop();
  }
}

/**
 * `importCatalog` of a file read as it comes off the disk (`size` bytes, for the progress): the
 * file is never held whole either. A cancel (the signal) throws ImportCancelledError before
 * anything is written: the catalogue is as it was.
 */
export async function importCatalogStream(
  db: Db,
  queries: ProductQueries,
  bytes: AsyncIterable<Buffer | string>,
  size: number,
  mode: ImportMode,
  at: () => string,
  options: StreamOptions = {},
): Promise<number> {
  const staged = new StagedImport(db);
  try {
    await checkImportStream(bytes, size, staged.checker, options);
    return staged.apply(queries, mode, at());
  } finally {
    staged.drop();
  }
}

/** An import's rows checked into the staging tables, then written. */
class StagedImport {
  private readonly staging: ImportStaging;
  // Once the file is known to be refused its rows are only checked, no longer staged.
  readonly checker: ImportChecker = new ImportChecker((row) => {
    if (this.checker.problemCount === 0) this.staging.add(row);
  });

  constructor(private readonly db: Db) {
    this.staging = new ImportStaging(db);
  }

  apply(queries: ProductQueries, mode: ImportMode, at: string): number {
    if (this.checker.problemCount > 0) throw new ImportRefusedError(this.checker.problems, this.checker.problemCount);
    this.staging.finish();
    const conflicts = this.db.transaction(() => applyImport(this.db, queries, mode, at)).immediate();
    if (conflicts) throw new ImportRefusedError(conflicts.problems, conflicts.count);
    return this.checker.valid;
  }

  drop(): void {
    this.staging.drop();
  }
}
