-- Issue 20: a million products. The word index of 0003 again, with prefix indexes for the first
-- twelve letters of a word instead of four. A word typed longer than its prefix index's longest
-- length is answered by merging every word that starts with it into one list first, and at a
-- million products that list holds tens of thousands of names: the word-search query alone took
-- 6.2 ms at the 95th percentile with prefixes of 1 to 4 letters, 3.1 ms with 1 to 8, 2.4 ms with
-- 1 to 12 (bench/search.bench.ts's typed prefixes, 1M products). The index grows from 64 to 81 MB
-- and its rebuild after an import from 3.5 to 6.5 s at a million products; twelve letters cover
-- all but the longest words (a longer one still works, only through that merge).
-- Everything else as 0003 says: external content, the app keeps it (rebuildSearchIndex in
-- electron/catalog/search-index.ts), the tokenizer's folding a second line behind the app's,
-- no column sizes, one segment and no automerge.
DROP TABLE products_fts;
CREATE VIRTUAL TABLE products_fts USING fts5 (
  folded_name,
  content = 'products',
  content_rowid = 'id',
  prefix = '1 2 3 4 5 6 7 8 9 10 11 12',
  columnsize = 0,
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO products_fts (products_fts, rank) VALUES ('automerge', 0);
INSERT INTO products_fts (products_fts) VALUES ('rebuild');
INSERT INTO products_fts (products_fts) VALUES ('optimize');
