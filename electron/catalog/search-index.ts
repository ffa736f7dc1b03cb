import type { Db } from '../db/open';

/**
 * What the search needs after a bulk write of products (an import, a refold of every name):
 * the word index read afresh from the table, in one pass, and merged into one segment (see
 * migrations/0003_catalog.sql for why a rebuild rather than triggers, and why one segment).
 * The caller holds the transaction, so the index changes with the rows or not at all.
 */
export function rebuildSearchIndex(db: Db): void {
  db.prepare("INSERT INTO products_fts (products_fts) VALUES ('rebuild')").run();
  db.prepare("INSERT INTO products_fts (products_fts) VALUES ('optimize')").run();
}
