import type { ImportProblem } from '../../shared/catalog';
import type { Db } from '../db/open';
import { foldForSearch } from '../../shared/search-folding';
import { maxListedProblems } from './import-checker';
import { given } from './import-staging';
import type { ProductQueries } from './product-queries';
import { rebuildSearchIndex } from './search-index';

/**
 * replace: the file becomes the catalogue (what it does not name is deactivated); merge: it
 * updates the products it names and adds the rest.
 */
export type ImportMode = 'replace' | 'merge';

/** Barcodes a merge would take from products it does not change: the first listed, all counted. */
export interface MergeConflicts {
  problems: ImportProblem[];
  count: number;
}

/** Bits of import_changes.changes: what an update changes (merge-plan.ts ProductChange). */
const change = { any: 1, renamed: 2, indexed: 4, barcodes: 8 } as const;

/** The SQL function that folds a name for search (foldForSearch), registered on the connection for the import's statements. */
const foldName = 'kassa_import_fold';

/**
 * From this many new products up (and at least as many as the catalogue has), the products'
 * indexes are dropped for the insert and made again after it: SQLite makes an index by sorting
 * its keys once, where rows inserted one by one put each key into its place in the b-tree.
 */
export const bulkInsertRows = 50_000;

/** Rows matched by name are read this many at a time, then written back. */
const pageRows = 1_000;

/**
 * Writes the staged rows (import-staging.ts) into the catalogue as the whole-file import did,
 * mostly in set-wise statements over the staging tables rather than a statement per product.
 * The caller holds the one transaction. Throws nothing itself: a merge's conflicts are returned
 * before anything is written, for the caller to refuse the file.
 */
export function applyImport(db: Db, queries: ProductQueries, mode: ImportMode, at: string): MergeConflicts | undefined {
  // The statements below fold the names they write, and only those (see import-staging.ts).
  db.function(foldName, { deterministic: true }, (name: unknown) => foldForSearch(String(name)));
  matchRows(db, queries, mode === 'replace');
  if (mode === 'merge') {
    const conflicts = mergeConflicts(db);
    if (conflicts.count > 0) return conflicts;
  }
  planChanges(db, mode);
  if (mode === 'replace') {
    // Products are deactivated, never deleted: a receipt may name one, and its quick keys and
    // category wait for it.
    db.prepare('UPDATE products SET active = 0, updated_at = ? WHERE active = 1 AND id NOT IN (SELECT target FROM temp.import_rows WHERE target IS NOT NULL)').run(at);
  }
  // Changed barcodes are all let go first, so that they can move between products of the file.
  db.prepare(`DELETE FROM product_barcodes WHERE product_id IN (SELECT target FROM temp.import_changes WHERE changes & ${change.barcodes})`).run();
  if (mode === 'replace') {
    // The file's barcodes are let go by every product that is not the row's own (a merge refused those).
    db.prepare(
      `DELETE FROM product_barcodes WHERE barcode IN (
         SELECT ib.barcode FROM temp.import_barcodes ib JOIN temp.import_rows r ON r.row = ib.row JOIN product_barcodes pb ON pb.barcode = ib.barcode
         WHERE r.target IS NULL OR pb.product_id <> r.target)`,
    ).run();
  }
  writeUpdates(db, at);
  if (mode === 'replace') {
    db.prepare('UPDATE products SET active = 1, updated_at = ? WHERE active = 0 AND id IN (SELECT target FROM temp.import_rows WHERE target IS NOT NULL)').run(at);
  }
  const inserted = writeInserts(db, at);
  const renamed = db.prepare(`SELECT 1 FROM temp.import_changes WHERE changes & ${change.renamed} LIMIT 1`).get() !== undefined;
  // Not after a merge that renames and adds nothing, such as a price list: it then skips a pass over every name.
  if (inserted > 0 || renamed) rebuildSearchIndex(db);
  return undefined;
}

/**
 * Which product each row names, active or not: the one with the row's code, else (for a row
 * without a code, or with a code the catalogue does not have yet) the one holding the row's
 * first barcode, unless another row has taken that product (by its code, or by a barcode on an
 * earlier row). `byName` (a replace): a row with neither code nor barcodes takes a sold product
 * of exactly its name, so a replace by the same file twice keeps the products it had.
 */
function matchRows(db: Db, queries: ProductQueries, byName: boolean): void {
  // Codes first, all of them: a code names its product more surely than a barcode that may have moved.
  // Only the rows that match are written: into an empty catalogue, none.
  db.prepare("UPDATE temp.import_rows SET target = p.id FROM products p WHERE p.code = import_rows.code AND p.code <> '' AND import_rows.code <> ''").run();
  db.exec('CREATE INDEX temp.import_rows_target ON import_rows (target)');
  db.exec(`
    DROP TABLE IF EXISTS temp.import_matches;
    CREATE TEMP TABLE import_matches AS
      SELECT r.row AS row, pb.product_id AS target, row_number() OVER (PARTITION BY pb.product_id ORDER BY r.row) AS nth
      FROM temp.import_rows r
      JOIN temp.import_barcodes ib ON ib.row = r.row AND ib.ordinal = 0
      JOIN product_barcodes pb ON pb.barcode = ib.barcode
      WHERE r.target IS NULL AND NOT EXISTS (SELECT 1 FROM temp.import_rows c WHERE c.target = pb.product_id);
    UPDATE temp.import_rows SET target = m.target FROM temp.import_matches m WHERE m.row = import_rows.row AND m.nth = 1;
    DROP TABLE temp.import_matches;
  `);
  if (!byName) return;
  const page = db.prepare<[number, number], { row: number; name: string }>(
    "SELECT row, name FROM temp.import_rows WHERE row > ? AND target IS NULL AND code = '' AND barcodes IS NULL ORDER BY row LIMIT ?",
  );
  const taken = db.prepare<[number]>('SELECT 1 FROM temp.import_rows WHERE target = ?').pluck();
  const take = db.prepare('UPDATE temp.import_rows SET target = ? WHERE row = ?');
  for (let rows = page.all(0, pageRows); rows.length > 0; rows = page.all(rows[rows.length - 1]!.row, pageRows)) {
    for (const { row, name } of rows) {
      const id = queries.sellableIdsByName(name).find((candidate) => taken.get(candidate) === undefined);
      if (id !== undefined) take.run(id, row);
    }
  }
}

/**
 * A merge may move a barcode from a product whose row gives barcodes (it lets its own go) to
 * another product of the file; it may not take one from any other product.
 */
function mergeConflicts(db: Db): MergeConflicts {
  const found = db.prepare<[], { row: number; barcode: string }>(
    `SELECT r.row AS row, ib.barcode AS barcode FROM temp.import_barcodes ib
     JOIN temp.import_rows r ON r.row = ib.row
     JOIN product_barcodes pb ON pb.barcode = ib.barcode
     WHERE (r.target IS NULL OR pb.product_id <> r.target)
       AND NOT EXISTS (SELECT 1 FROM temp.import_rows x WHERE x.target = pb.product_id AND x.barcodes IS NOT NULL)
     ORDER BY r.row, ib.ordinal`,
  );
  const conflicts: MergeConflicts = { problems: [], count: 0 };
  for (const { row, barcode } of found.iterate()) {
    conflicts.count++;
    if (conflicts.problems.length < maxListedProblems) conflicts.problems.push({ row, column: 'barcodes', code: 'duplicateBarcode', value: barcode });
  }
  return conflicts;
}

/**
 * What each row changes in the product it names, against the product as it is before anything
 * is written, into temp.import_changes: the product as it will be, for the rows that change it
 * (a weekly price list mostly repeats its products and changes prices only). A replace takes
 * the row whole, its defaults filled in, as if it gave every value. A merge changes only what
 * the row gives: what it leaves out (an empty cell, a column the file lacks) stays as it is, so
 * a supplier's price list of codes, names, prices and VAT drops no barcode and no quick key,
 * and an empty cell never erases a code or a barcode a scanner relies on; the code type follows
 * new barcodes when the row gives no code type. One statement over the staging table: planning
 * row by row in JavaScript read and parsed every product, some 24 µs a row at 200,000.
 */
function planChanges(db: Db, mode: ImportMode): void {
  const all = Object.values(given).reduce((bits, bit) => bits | bit, 0);
  if (mode === 'replace') db.prepare('UPDATE temp.import_rows SET given = ? WHERE target IS NOT NULL').run(all);
  const pick = (bit: number, column: string) => `CASE WHEN r.given & ${bit} THEN r.${column} ELSE p.${column} END AS ${column}`;
  db.exec(`
    DROP TABLE IF EXISTS temp.import_changes;
    CREATE TEMP TABLE import_changes AS
    WITH after AS (
      SELECT r.row, r.target, p.name <> r.name AS renamed,
        ${pick(given.code, 'code')}, ${pick(given.unit, 'unit')},
        CASE WHEN r.given & ${given.codeType | given.barcodes} THEN r.code_type ELSE p.code_type END AS code_type,
        ${pick(given.markingRequired, 'marking_required')}, ${pick(given.favourite, 'favourite')}, ${pick(given.position, 'position')},
        r.given & ${given.barcodes} AND coalesce(r.barcodes, '[]') <>
          (SELECT json_group_array(b.barcode ORDER BY b.ordinal) FROM product_barcodes b WHERE b.product_id = p.id) AS barcodes_changed,
        p.price <> r.price OR p.vat_rate <> r.vat_rate AS details_changed,
        p.code AS was_code, p.unit AS was_unit, p.code_type AS was_code_type, p.marking_required AS was_marking_required,
        p.favourite AS was_favourite, p.position AS was_position
      FROM temp.import_rows r JOIN products p ON p.id = r.target
    ),
    flagged AS (
      SELECT *, renamed OR code <> was_code OR favourite <> was_favourite OR position IS NOT was_position AS indexed_changed,
        details_changed OR unit <> was_unit OR code_type <> was_code_type OR marking_required <> was_marking_required AS others_changed
      FROM after
    )
    SELECT row, target, code, unit, code_type, marking_required, favourite, position,
      ${change.any} | (renamed * ${change.renamed}) | (indexed_changed * ${change.indexed}) | (barcodes_changed * ${change.barcodes}) AS changes
    FROM flagged WHERE indexed_changed OR barcodes_changed OR others_changed;
    CREATE UNIQUE INDEX temp.import_changes_target ON import_changes (target);
    CREATE UNIQUE INDEX temp.import_changes_row ON import_changes (row);
  `);
}

/**
 * The products that change, as planned: the indexed columns only where one of them changes
 * (half the cost for a price list), the barcodes only where they change, after all the old ones
 * have been let go.
 */
function writeUpdates(db: Db, at: string): void {
  // Only the statement that writes names folds them: a price list's rows are mostly the other's.
  const changed = (folded: string) => `(SELECT c.target, c.changes, r.name, c.code, r.price, r.vat_rate, c.unit, c.code_type, c.marking_required, c.favourite, c.position${folded}
    FROM temp.import_changes c JOIN temp.import_rows r ON r.row = c.row)`;
  db.prepare(
    `UPDATE products SET name = u.name, code = u.code, price = u.price, vat_rate = u.vat_rate, unit = u.unit, code_type = u.code_type,
       marking_required = u.marking_required, favourite = u.favourite, position = u.position, folded_name = u.folded_name, updated_at = ?
     FROM ${changed(`, ${foldName}(r.name) AS folded_name`)} u WHERE u.target = products.id AND u.changes & ${change.indexed}`,
  ).run(at);
  db.prepare(
    `UPDATE products SET price = u.price, vat_rate = u.vat_rate, unit = u.unit, code_type = u.code_type, marking_required = u.marking_required, updated_at = ?
     FROM ${changed('')} u WHERE u.target = products.id AND NOT u.changes & ${change.indexed}`,
  ).run(at);
  db.prepare(
    `INSERT INTO product_barcodes (barcode, product_id, ordinal)
     SELECT ib.barcode, c.target, ib.ordinal FROM temp.import_barcodes ib JOIN temp.import_changes c ON c.row = ib.row
     WHERE c.changes & ${change.barcodes} ORDER BY ib.barcode`,
  ).run();
}

/**
 * The rows that name no product, as new products in the file's order: the ids SQLite would
 * give them one by one (one past the largest), given here so their barcodes can be written
 * in one statement after them. The ids go into a narrow table of their own rather than a column
 * of the staged rows: an UPDATE would rewrite every wide staged row (names and all) once more.
 */
function writeInserts(db: Db, at: string): number {
  const base = db.prepare('SELECT coalesce(max(id), 0) FROM products').pluck().get() as number;
  db.exec('DROP TABLE IF EXISTS temp.import_new; CREATE TEMP TABLE import_new (row INTEGER PRIMARY KEY, id INTEGER NOT NULL)');
  const { changes } = db
    .prepare('INSERT INTO temp.import_new (row, id) SELECT row, ? + row_number() OVER (ORDER BY row) FROM temp.import_rows WHERE target IS NULL ORDER BY row')
    .run(base);
  if (changes === 0) return 0;
  const existing = db.prepare('SELECT count(*) FROM products').pluck().get() as number;
  const insert = () =>
    // In the rows' order, which is the ids' (they were numbered by it): ORDER BY n.id would have
    // SQLite sort every new product, names and all, in a temporary b-tree first.
    db
      .prepare(
        `INSERT INTO products (id, name, code, price, vat_rate, unit, code_type, marking_required, favourite, position, folded_name, created_at, updated_at)
         SELECT n.id, r.name, r.code, r.price, r.vat_rate, r.unit, r.code_type, r.marking_required, r.favourite, r.position, ${foldName}(r.name), ?, ?
         FROM temp.import_new n JOIN temp.import_rows r ON r.row = n.row ORDER BY n.row`,
      )
      .run(at, at);
  if (changes >= bulkInsertRows && changes >= existing) withoutProductIndexes(db, insert);
  else insert();
  db.prepare(
    `INSERT INTO product_barcodes (barcode, product_id, ordinal)
     SELECT ib.barcode, n.id, ib.ordinal FROM temp.import_barcodes ib JOIN temp.import_new n ON n.row = ib.row ORDER BY ib.barcode`,
  ).run();
  return changes;
}

/**
 * Runs `write` with the products table's own indexes dropped, then makes them again from their
 * stored definitions, inside the caller's transaction: a failure or a cancel rolls the drop back
 * with the rows, and a code given twice still fails, now when its unique index is made.
 */
function withoutProductIndexes(db: Db, write: () => unknown): void {
  const indexes = db
    .prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'products' AND sql IS NOT NULL")
    .all();
  for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
  write();
  for (const { sql } of indexes) db.exec(sql);
}
