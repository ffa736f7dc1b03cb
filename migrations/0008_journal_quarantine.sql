-- Journal documents that fail the journal's own read check (written by an older version, or a
-- damaged file). The journal row itself never changes (its triggers forbid it); this table says
-- which rows the app leaves out of its lists and reports, why, and what the manager decided.
CREATE TABLE journal_quarantine (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL UNIQUE REFERENCES journal_documents (id),
  device_id TEXT NOT NULL,
  found_at TEXT NOT NULL,
  -- What the read check said, field by field (never the row's content: that stays in its row).
  problem TEXT NOT NULL,
  -- Null while it waits for the manager; an unsettled one blocks its device's queue until then.
  -- `setAside`: never to be sent (the manager's choice, in the audit log too).
  resolution TEXT CHECK (resolution IS NULL OR resolution = 'setAside'),
  resolved_at TEXT,
  resolved_by TEXT,
  CHECK ((resolution IS NULL) = (resolved_at IS NULL))
) STRICT;

CREATE INDEX journal_quarantine_device ON journal_quarantine (device_id, document_id);

-- Quarantine records are kept: a decision once taken stays in the record.
CREATE TRIGGER journal_quarantine_kept BEFORE DELETE ON journal_quarantine
BEGIN
  SELECT RAISE(ABORT, 'quarantine records are never deleted');
END;

CREATE TRIGGER journal_quarantine_resolved_once BEFORE UPDATE ON journal_quarantine
WHEN OLD.resolution IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'a quarantine decision does not change');
END;
