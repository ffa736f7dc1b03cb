-- Issue 21: the till's link to a shop office. At most one row: a till belongs to one office or
-- to none. The bearer token is sealed by the app's secret box (the OS keychain in the desktop
-- app), as device passwords are (0005_device_settings.sql); it is never stored here in plain.
CREATE TABLE office_link (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  address TEXT NOT NULL,
  -- SHA-256 of the office's certificate (DER), upper-case hex in colon pairs: pinned at join.
  fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 95),
  till_id TEXT NOT NULL,
  till_name TEXT NOT NULL,
  shop_id TEXT NOT NULL,
  shop_name TEXT NOT NULL,
  joined_at TEXT NOT NULL,
  token_sealed BLOB NOT NULL,
  token_protection TEXT NOT NULL,
  local_products_allowed INTEGER NOT NULL CHECK (local_products_allowed IN (0, 1)),
  catalogue_version INTEGER NOT NULL DEFAULT 0 CHECK (catalogue_version >= 0),
  -- The last outbox seq the office acknowledged; the pusher sends what comes after it.
  push_cursor INTEGER NOT NULL DEFAULT 0 CHECK (push_cursor >= 0),
  last_push_at TEXT,
  last_push_error TEXT,
  last_pull_at TEXT,
  last_pull_error TEXT
) STRICT;

-- What the office has still to hear of, in the order the till settled it. Filled by the triggers
-- below in the transaction of the fact itself, so a fact and its outbox row exist together or not
-- at all, whatever code wrote the fact. `ref` is the fact's own row id in its table.
CREATE TABLE office_outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  type TEXT NOT NULL CHECK (type IN ('document', 'zReport', 'mismatch', 'audit', 'shiftOpening')),
  ref INTEGER NOT NULL
) STRICT;

-- Items the office refused as conflicting (another content under the same identity): the till
-- moves past them, the manager sees them here.
CREATE TABLE office_conflicts (
  seq INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  ref INTEGER NOT NULL,
  at TEXT NOT NULL
) STRICT;

-- One trigger a fact, each two lines: the fact's table, and the row it adds. A settled document
-- never changes again (0002_journal.sql), so the first fires once per document. A shift opens by
-- a device call, not a document: deviceCall records it as a done 'openShift' event.
CREATE TRIGGER office_outbox_document AFTER UPDATE OF state ON journal_documents WHEN NEW.state IN ('done', 'rejected') AND EXISTS (SELECT 1 FROM office_link)
BEGIN INSERT INTO office_outbox (type, ref) VALUES ('document', NEW.id); END;
CREATE TRIGGER office_outbox_z_report AFTER INSERT ON z_reports WHEN EXISTS (SELECT 1 FROM office_link)
BEGIN INSERT INTO office_outbox (type, ref) VALUES ('zReport', NEW.id); END;
CREATE TRIGGER office_outbox_mismatch AFTER INSERT ON journal_mismatches WHEN EXISTS (SELECT 1 FROM office_link)
BEGIN INSERT INTO office_outbox (type, ref) VALUES ('mismatch', NEW.document_id); END;
CREATE TRIGGER office_outbox_audit AFTER INSERT ON audit_log WHEN EXISTS (SELECT 1 FROM office_link)
BEGIN INSERT INTO office_outbox (type, ref) VALUES ('audit', NEW.id); END;
CREATE TRIGGER office_outbox_shift_opening AFTER INSERT ON journal_events WHEN NEW.kind = 'openShift' AND NEW.outcome = 'done' AND EXISTS (SELECT 1 FROM office_link)
BEGIN INSERT INTO office_outbox (type, ref) VALUES ('shiftOpening', NEW.id); END;

-- The office's own products on this till, by the office's id; NULL: a product of this till alone.
ALTER TABLE products ADD COLUMN office_id TEXT;
CREATE UNIQUE INDEX products_office_id ON products (office_id) WHERE office_id IS NOT NULL;
