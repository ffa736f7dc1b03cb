-- The catalogue managed in the app: products are deactivated, never deleted (a receipt may name
-- one, and a manager may sell it again), they belong to a category, and the manager arranges the
-- counter's quick keys on pages.

-- 1 = sold; 0 = kept but neither found, scanned nor shown as a quick key.
ALTER TABLE products ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));

CREATE TABLE categories (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64),
  created_at TEXT NOT NULL
) STRICT;

-- NULL: in no category. A category that goes leaves its products in none.
ALTER TABLE products ADD COLUMN category_id INTEGER REFERENCES categories (id) ON DELETE SET NULL;
CREATE INDEX products_category ON products (category_id) WHERE category_id IS NOT NULL;

-- "Names starting with what was typed" reads sold products only: the index holds those alone, so
-- a catalogue replaced by a new file (its old products deactivated) searches as fast as before.
DROP INDEX products_name_start;
CREATE INDEX products_name_start ON products (favourite, folded_name) WHERE active = 1;

-- The counter's quick-key pages, in the manager's order (lowest first).
CREATE TABLE quick_key_pages (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
  position INTEGER NOT NULL CHECK (position >= 0)
) STRICT;

-- Which product sits on which key of a page. A product deactivated keeps its key (reactivated, it
-- is back where it was); the counter shows only the sold ones.
CREATE TABLE quick_keys (
  page_id INTEGER NOT NULL REFERENCES quick_key_pages (id) ON DELETE CASCADE,
  slot INTEGER NOT NULL CHECK (slot >= 0),
  product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  PRIMARY KEY (page_id, slot),
  UNIQUE (page_id, product_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX quick_keys_product ON quick_keys (product_id);
