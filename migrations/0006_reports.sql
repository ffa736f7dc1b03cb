-- Z reports as taken: the device's figures, the journal's own for the same shift and the two
-- compared. A Z report is a fiscal fact: stored once, never changed, never deleted.
CREATE TABLE z_reports (
  id INTEGER PRIMARY KEY,
  device_id TEXT NOT NULL REFERENCES devices (id),
  -- The journal's closeShift document that the device did.
  journal_document_id INTEGER NOT NULL UNIQUE REFERENCES journal_documents (id),
  report_number TEXT NOT NULL,
  closed_at TEXT NOT NULL,
  cashier_name TEXT NOT NULL,
  device_report TEXT NOT NULL CHECK (json_valid(device_report)),
  journal_report TEXT NOT NULL CHECK (json_valid(journal_report)),
  comparison TEXT NOT NULL CHECK (json_valid(comparison)),
  differences INTEGER NOT NULL CHECK (differences >= 0),
  -- The last X report before closing, compared with the journal; absent when the Z report did
  -- not go through the Reports screen.
  before_close TEXT CHECK (before_close IS NULL OR json_valid(before_close)),
  -- The device's getInfo when the report was stored (the exported report's identity).
  identity TEXT CHECK (identity IS NULL OR json_valid(identity)),
  stored_at TEXT NOT NULL
) STRICT;

CREATE INDEX z_reports_by_time ON z_reports (device_id, closed_at);

-- Only a Z report the device did, of the same device, can be stored.
CREATE TRIGGER z_reports_of_done_close BEFORE INSERT ON z_reports
WHEN NOT EXISTS (
  SELECT 1 FROM journal_documents
  WHERE id = NEW.journal_document_id AND device_id = NEW.device_id AND kind = 'closeShift' AND state = 'done'
)
BEGIN
  SELECT RAISE(ABORT, 'a Z report needs a done closeShift document of its device');
END;

CREATE TRIGGER z_reports_no_update BEFORE UPDATE ON z_reports
BEGIN
  SELECT RAISE(ABORT, 'a stored Z report does not change');
END;

CREATE TRIGGER z_reports_no_delete BEFORE DELETE ON z_reports
BEGIN
  SELECT RAISE(ABORT, 'Z reports are never deleted');
END;

-- Periodic reports read the documents the device did by when they were settled. Settled
-- documents never change, so this index never moves under them.
CREATE INDEX journal_documents_done_by_time ON journal_documents (device_id, updated_at) WHERE state = 'done';
