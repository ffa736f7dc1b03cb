import type { Db } from '../db/open';
import { newProduct, type ImportRow } from './import-row';

/** Rows are written to the staging table this many at a time, each batch one short transaction. */
export const stagingBatchRows = 2_000;

/** Rows in one INSERT statement: 1,200 values, well under SQLite's 32,766. */
const rowsPerInsert = 100;

/**
 * Which of a row's optional cells the file gave: a merge keeps the product's own value where it
 * did not (import-apply.ts `planChanges`). The staged columns hold the row as a new product,
 * defaults filled in, so an insert copies them as they are.
 */
export const given = {
  code: 1,
  barcodes: 2,
  unit: 4,
  codeType: 8,
  markingRequired: 16,
  favourite: 32,
  position: 64,
} as const;

/**
 * The checked rows of an import on their way to the catalogue, in temporary tables of this
 * connection (on disk, in SQLite's temporary file, not in memory): the file is read into them
 * batch by batch without a lock on the catalogue, so a sale goes on meanwhile, and a cancelled
 * or refused import drops them and leaves the catalogue as it was. import-apply.ts then writes
 * them in one transaction. `target` is the product a row updates (import-apply.ts). A row's
 * folded name is not staged: only the rows that add a product or rename one need it, and
 * import-apply.ts folds those as it writes them (a price list renames few).
 */
export class ImportStaging {
  /** The most rows held in memory at once, waiting for their batch: at most `stagingBatchRows`. */
  maxBuffered = 0;
  private readonly buffer: ImportRow[] = [];
  private readonly writeBatch: (rows: readonly ImportRow[]) => void;

  constructor(private readonly db: Db) {
    // Temporary tables end with the connection, so tables already there are a live import's:
    // a second one at once would write into its staging.
    if (db.prepare("SELECT 1 FROM temp.sqlite_master WHERE name = 'import_rows'").get() !== undefined) {
      throw new Error('Another catalogue import is under way');
    }
    db.exec(`
      CREATE TEMP TABLE import_rows (
        row INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        code TEXT NOT NULL,
        -- The barcodes the row gives, a JSON array; NULL when it gives none.
        barcodes TEXT,
        price INTEGER NOT NULL,
        vat_rate TEXT NOT NULL,
        unit TEXT NOT NULL,
        code_type TEXT NOT NULL,
        marking_required INTEGER NOT NULL,
        favourite INTEGER NOT NULL,
        position INTEGER,
        given INTEGER NOT NULL,
        target INTEGER
      );
      -- No index: the checker found every duplicate, and each statement that reads the
      -- barcodes goes through them once, in their order, looking up the row and the catalogue.
      CREATE TEMP TABLE import_barcodes (
        barcode TEXT NOT NULL,
        row INTEGER NOT NULL,
        ordinal INTEGER NOT NULL
      );
    `);
    // Prepared once for the whole file, not once a batch; most rows go in a statement of
    // `rowsPerInsert` rows, which crosses from JavaScript into SQLite once instead of 100 times.
    const insert = (rows: number) =>
      db.prepare(
        `INSERT INTO temp.import_rows (name, code, price, vat_rate, unit, code_type, marking_required, favourite, position, row, barcodes, given)
         VALUES ${Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      );
    const insertMany = insert(rowsPerInsert);
    const insertOne = insert(1);
    const values: unknown[] = [];
    this.writeBatch = db.transaction((rows: readonly ImportRow[]) => {
      let start = 0;
      for (; start + rowsPerInsert <= rows.length; start += rowsPerInsert) {
        values.length = 0;
        for (let i = start; i < start + rowsPerInsert; i++) values.push(...stagedValues(rows[i]!));
        insertMany.run(values);
      }
      for (let i = start; i < rows.length; i++) insertOne.run(stagedValues(rows[i]!));
    });
  }

  add(row: ImportRow): void {
    this.buffer.push(row);
    this.maxBuffered = Math.max(this.maxBuffered, this.buffer.length);
    if (this.buffer.length >= stagingBatchRows) this.flush();
  }

  /** Writes what is buffered. */
  flush(): void {
    if (this.buffer.length === 0) return;
    this.writeBatch(this.buffer);
    this.buffer.length = 0;
  }

  /**
   * The last batch, and every row's barcodes one by one into import_barcodes: split in SQLite in
   * one statement rather than inserted from JavaScript a statement each (a third of staging's time).
   */
  finish(): void {
    this.flush();
    this.db.exec('INSERT INTO temp.import_barcodes (barcode, row, ordinal) SELECT j.value, r.row, j.key FROM temp.import_rows r, json_each(r.barcodes) j WHERE r.barcodes IS NOT NULL');
  }

  /** The staged rows go; also after a cancel or a refusal, so nothing of the file stays behind. */
  drop(): void {
    this.buffer.length = 0;
    this.db.exec('DROP TABLE IF EXISTS temp.import_rows; DROP TABLE IF EXISTS temp.import_barcodes; DROP TABLE IF EXISTS temp.import_changes; DROP TABLE IF EXISTS temp.import_new;');
  }
}

/** A row's values in the order of the staging insert. */
function stagedValues(row: ImportRow) {
  const p = newProduct(row);
  const barcodes = row.barcodes === undefined ? null : JSON.stringify(row.barcodes);
  return [p.name, p.code, p.price, p.vatRate, p.unit, p.codeType, p.markingRequired ? 1 : 0, p.favourite ? 1 : 0, p.position, row.row, barcodes, givenOf(row)];
}

function givenOf(row: ImportRow): number {
  let bits = 0;
  if (row.code !== undefined) bits |= given.code;
  if (row.barcodes !== undefined) bits |= given.barcodes;
  if (row.unit !== undefined) bits |= given.unit;
  if (row.codeType !== undefined) bits |= given.codeType;
  if (row.markingRequired !== undefined) bits |= given.markingRequired;
  if (row.favourite !== undefined) bits |= given.favourite;
  if (row.position !== undefined) bits |= given.position;
  return bits;
}
