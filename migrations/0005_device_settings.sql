-- How the app logs in to a device. The password is encrypted (electron/settings/secret-box.ts):
-- with the OS keychain in the desktop app, with a key file in the web host (the weaker mode).
CREATE TABLE device_credentials (
  device_id TEXT PRIMARY KEY REFERENCES devices (id),
  username TEXT NOT NULL,
  auth TEXT NOT NULL CHECK (auth IN ('integration', 'session')),
  password BLOB NOT NULL,
  protection TEXT NOT NULL CHECK (protection IN ('os-keychain', 'file-key')),
  updated_at TEXT NOT NULL
) STRICT;

-- A device whose documents are in the journal is hidden, never deleted: the journal refers to it.
ALTER TABLE devices ADD COLUMN removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1));
