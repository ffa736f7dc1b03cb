-- Settings are JSON values under a key; each key's shape is checked by zod when read.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL
) STRICT;

-- A device the app can send fiscal documents to. The built-in training device has no address:
-- the app runs it itself.
CREATE TABLE devices (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('caspos', 'checkbox', 'smartx', 'smartone')),
  name TEXT NOT NULL,
  url TEXT,
  training INTEGER NOT NULL CHECK (training IN (0, 1)),
  created_at TEXT NOT NULL,
  CHECK (training = 1 OR url IS NOT NULL)
) STRICT;

INSERT INTO devices (id, kind, name, url, training, created_at)
VALUES ('training', 'caspos', 'Caspos Mobile', NULL, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

INSERT INTO settings (key, value, updated_at)
VALUES ('activeDeviceId', '"training"', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
