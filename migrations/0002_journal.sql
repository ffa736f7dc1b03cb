-- The fiscal journal. Every document is written here before a byte goes to the device and again
-- when the answer comes; a re-send uses `request` exactly as stored.
CREATE TABLE journal_documents (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  device_id TEXT NOT NULL REFERENCES devices (id),
  kind TEXT NOT NULL CHECK (kind IN ('sale', 'moneyBack', 'creditPay', 'prepayment', 'deposit', 'withdraw', 'correction', 'rollBack', 'closeShift')),
  operation TEXT NOT NULL,
  request TEXT NOT NULL,
  document TEXT NOT NULL CHECK (json_valid(document)),
  total INTEGER,
  state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'done', 'rejected', 'unknown')),
  attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  duplicate INTEGER NOT NULL DEFAULT 0 CHECK (duplicate IN (0, 1)),
  device_document_id TEXT,
  device_document_number INTEGER,
  device_shift_document_number INTEGER,
  device_short_id TEXT,
  device_total INTEGER,
  result TEXT CHECK (result IS NULL OR json_valid(result)),
  raw_answer TEXT,
  error_code INTEGER,
  error_text TEXT,
  unknown_reason TEXT
) STRICT;

-- The sender's question: what is still open for this device, oldest first.
CREATE INDEX journal_documents_unsettled ON journal_documents (device_id, id) WHERE state IN ('pending', 'sending', 'unknown');
-- Receipts of a day or of a shift (a shift is the time between its openShift and closeShift).
CREATE INDEX journal_documents_by_time ON journal_documents (device_id, created_at);

-- Only the state machine's moves are possible, whatever code writes the row.
CREATE TRIGGER journal_documents_legal_state BEFORE UPDATE OF state ON journal_documents
WHEN NOT (
  (OLD.state = 'pending' AND NEW.state = 'sending') OR
  (OLD.state = 'sending' AND NEW.state IN ('done', 'rejected', 'unknown')) OR
  (OLD.state = 'unknown' AND NEW.state = 'sending')
)
BEGIN
  SELECT RAISE(ABORT, 'illegal journal state change');
END;

CREATE TRIGGER journal_documents_settled_are_final BEFORE UPDATE ON journal_documents
WHEN OLD.state IN ('done', 'rejected')
BEGIN
  SELECT RAISE(ABORT, 'a settled journal document does not change');
END;

CREATE TRIGGER journal_documents_kept BEFORE DELETE ON journal_documents
BEGIN
  SELECT RAISE(ABORT, 'journal documents are never deleted');
END;

-- Every move of every document, append-only.
CREATE TABLE journal_transitions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES journal_documents (id),
  from_state TEXT,
  to_state TEXT NOT NULL,
  at TEXT NOT NULL,
  reason TEXT NOT NULL
) STRICT;
CREATE INDEX journal_transitions_document ON journal_transitions (document_id, id);

CREATE TRIGGER journal_transitions_no_update BEFORE UPDATE ON journal_transitions
BEGIN
  SELECT RAISE(ABORT, 'journal transitions are append-only');
END;

CREATE TRIGGER journal_transitions_no_delete BEFORE DELETE ON journal_transitions
BEGIN
  SELECT RAISE(ABORT, 'journal transitions are append-only');
END;

-- What the app asked of a device that is not a document: opening a shift, X reports, status
-- reads. Recorded for the audit trail; never sent again.
CREATE TABLE journal_events (
  id INTEGER PRIMARY KEY,
  device_id TEXT NOT NULL REFERENCES devices (id),
  kind TEXT NOT NULL,
  at TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('done', 'rejected', 'unknown')),
  detail TEXT NOT NULL CHECK (json_valid(detail))
) STRICT;
CREATE INDEX journal_events_by_time ON journal_events (device_id, at);
