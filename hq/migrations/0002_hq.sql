-- Sessions of office people signed in to the office page; only the cookie's SHA-256 is kept, so
-- a copy of the database signs nobody in. A restart of the service keeps people signed in.
CREATE TABLE office_sessions (
  token_hash bytea PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES office_people (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX office_sessions_by_expiry ON office_sessions (expires_at);

-- Why a push was refused: another content under the till's own identity, a UUID another till
-- pushed first, or an item PostgreSQL cannot hold (a NUL character, a number past a column).
ALTER TABLE push_conflicts
  ADD COLUMN reason text NOT NULL DEFAULT 'differs' CHECK (reason IN ('differs', 'otherTill', 'unstorable'));
