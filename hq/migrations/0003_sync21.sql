-- A refused document's code is text on the till (its migrations/0010_driver_storage.sql: Caspos
-- numbers its codes, Checkbox names them by words), so the office keeps it as text too: an
-- integer column made every push holding a refused document fail, and the outbox stop there.
ALTER TABLE documents ALTER COLUMN error_code TYPE text USING error_code::text;
