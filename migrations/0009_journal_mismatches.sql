-- Answers a device gave that do not fit the journaled document: another total than the document's,
-- or a device document id the device had already given to another of our documents. The device did
-- fiscalise it, so the document is `done`; this row makes a manager look. Kept beside
-- journal_documents, whose settled rows never change, and written in the settle's transaction.
CREATE TABLE journal_mismatches (
  document_id INTEGER PRIMARY KEY REFERENCES journal_documents (id),
  device_id TEXT NOT NULL,
  at TEXT NOT NULL,
  total_differs INTEGER NOT NULL CHECK (total_differs IN (0, 1)),
  document_total INTEGER,
  device_total INTEGER,
  device_document_id TEXT,
  -- The journal document the device had given this device document id to before.
  earlier_document_id INTEGER REFERENCES journal_documents (id),
  CHECK (total_differs = 1 OR earlier_document_id IS NOT NULL)
) STRICT;
CREATE INDEX journal_mismatches_by_device ON journal_mismatches (device_id, document_id);

CREATE TRIGGER journal_mismatches_no_update BEFORE UPDATE ON journal_mismatches
BEGIN
  SELECT RAISE(ABORT, 'journal mismatches are append-only');
END;

CREATE TRIGGER journal_mismatches_no_delete BEFORE DELETE ON journal_mismatches
BEGIN
  SELECT RAISE(ABORT, 'journal mismatches are append-only');
END;
