import type { Db } from '../db/open';

/**
 * Indexes every folded name afresh, in one pass over the table, into one segment: what an
 * import calls after writing, when names changed (see 0003_catalog.sql for why the store, not a
 * trigger, keeps the search index). The one place that knows how products_fts is built, so a
 * change of the index's definition changes only this function.
 */
export function rebuildSearchIndex(db: Db): void {
  db.prepare("INSERT INTO products_fts (products_fts) VALUES ('rebuild')").run();
  db.prepare("INSERT INTO products_fts (products_fts) VALUES ('optimize')").run();
}
