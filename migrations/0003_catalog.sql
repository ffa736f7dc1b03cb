-- The shop's catalogue. Money in minor units (qəpik, kopiyka); the enums are those of
-- shared/fiscal/catalogue-types.ts. `folded_name` is the name folded for search by
-- shared/search-folding.ts: SQLite cannot fold Azerbaijani or Cyrillic the way cashiers type,
-- so the app writes it with the name.
CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
  -- The shop's own item code (also a weighing scale's PLU); '' when the shop has none.
  code TEXT NOT NULL CHECK (length(code) <= 64),
  price INTEGER NOT NULL CHECK (price >= 0),
  vat_rate TEXT NOT NULL CHECK (vat_rate IN ('vat18', 'tradeVat18', 'vatFree', 'vat0', 'simplified2', 'simplified8')),
  unit TEXT NOT NULL CHECK (unit IN ('piece', 'kg', 'litre', 'metre', 'm2', 'm3')),
  code_type TEXT NOT NULL CHECK (code_type IN ('plain', 'ean8', 'ean13', 'service')),
  marking_required INTEGER NOT NULL CHECK (marking_required IN (0, 1)),
  favourite INTEGER NOT NULL CHECK (favourite IN (0, 1)),
  -- Place among the favourites (quick keys), lowest first; NULL places it after those with one.
  position INTEGER CHECK (position >= 0),
  folded_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- A code names one product, so an import can update the product it names; many have none.
CREATE UNIQUE INDEX products_code ON products (code) WHERE code <> '';
-- The quick keys, in their order.
CREATE INDEX products_favourites ON products (favourite, position);
-- "Names starting with what was typed", favourites first then alphabetically, read in index
-- order so a one-letter query stops after the first screenful instead of sorting thousands.
CREATE INDEX products_name_start ON products (favourite, folded_name);

-- A product has any number of barcodes (a new package, a supplier's own); each barcode belongs
-- to one product, and a scan is one primary key lookup. `ordinal` keeps the barcodes' order: the
-- first is the product's main one (its code type, an import's match).
CREATE TABLE product_barcodes (
  barcode TEXT PRIMARY KEY CHECK (length(barcode) BETWEEN 1 AND 64),
  product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
  UNIQUE (product_id, ordinal)
) STRICT, WITHOUT ROWID;

-- Word-prefix search over the folded names. External content: the words live once, in products.
-- (0016_search_prefixes.sql makes the table again with prefix indexes up to twelve letters.)
-- prefix='1 2 3 4': what a cashier types while the list narrows is one to four letters of a
-- word, and a prefix index answers those without merging every word that starts with them.
-- The tokenizer's own folding is a second line behind ours, for text that bypassed the app.
-- columnsize=0: results are ordered by name, never by rank, so the sizes rank needs go unkept.
--
-- The store keeps this index in step, not triggers: products change only by an import, and an
-- import ends its transaction with one 'rebuild' of the index. For 200,000 products that takes
-- about 1.5 s, where a trigger per row took 3 s on insert and 2.5 s more on a replace's delete
-- (measured beside bench/catalog.bench.ts); and a rebuild cannot drift, it reads the table afresh.
CREATE VIRTUAL TABLE products_fts USING fts5 (
  folded_name,
  content = 'products',
  content_rowid = 'id',
  prefix = '1 2 3 4',
  columnsize = 0,
  tokenize = 'unicode61 remove_diacritics 2'
);
-- The index is only ever rebuilt whole and then merged into one segment ('optimize'), so merging
-- as it goes would be work done twice: measured on 200,000 names, rebuild and optimize together
-- take no longer than a rebuild that merges as it goes, and one segment answers a prefix query
-- in two thirds of the time.
INSERT INTO products_fts (products_fts, rank) VALUES ('automerge', 0);
