-- The shop's people. A PIN is kept only as a scrypt hash (electron/people/pin-hash.ts).
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 128),
  role TEXT NOT NULL CHECK (role IN ('cashier', 'manager', 'administrator')),
  pin_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  -- Lockout: consecutive wrong PINs, and until when the PIN is refused without being checked.
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Two active people with one name could not be told apart on the login screen or on a receipt.
CREATE UNIQUE INDEX people_active_name ON people (name) WHERE active = 1;

-- Who did what, and who approved it. Rows are never changed or removed.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('done', 'refused', 'failed')),
  actor_id INTEGER REFERENCES people (id),
  approver_id INTEGER REFERENCES people (id),
  details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
) STRICT;

CREATE INDEX audit_log_at ON audit_log (at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit log rows are final');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit log rows are final');
END;

-- A person who appears in the audit log is deactivated, never deleted.
CREATE TRIGGER people_no_delete BEFORE DELETE ON people
BEGIN
  SELECT RAISE(ABORT, 'people are deactivated, not deleted');
END;
