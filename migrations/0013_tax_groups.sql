-- Products carry a neutral tax group (shared/fiscal/catalogue-types.ts VatRate): Azerbaijan's
-- groups and now Ukraine's and Belarus's rates, which each device's mapping resolves. SQLite
-- cannot change a CHECK in place, so the column is added anew with the wider list, filled from
-- the old one and put in its place. Its DEFAULT exists only because ADD COLUMN ... NOT NULL
-- needs one: every row is filled from the old column, and the store always writes the group.
ALTER TABLE products ADD COLUMN tax_group TEXT NOT NULL DEFAULT 'vat18'
  CHECK (tax_group IN ('vat18', 'tradeVat18', 'vatFree', 'vat0', 'simplified2', 'simplified8', 'vat20', 'vat14', 'vat10', 'vat7'));
UPDATE products SET tax_group = vat_rate;
ALTER TABLE products DROP COLUMN vat_rate;
ALTER TABLE products RENAME COLUMN tax_group TO vat_rate;
