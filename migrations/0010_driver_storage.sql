-- A refusal's code is text: Caspos numbers its codes, Checkbox names them by words, SmartOne and
-- SmartX by their own. The journal's settled rows never change, so their trigger stands aside
-- for this one copy of each code into its text column and is put back as it was.
DROP TRIGGER journal_documents_settled_are_final;

ALTER TABLE journal_documents ADD COLUMN error_code_text TEXT;
UPDATE journal_documents SET error_code_text = CAST(error_code AS TEXT) WHERE error_code IS NOT NULL;
ALTER TABLE journal_documents DROP COLUMN error_code;
ALTER TABLE journal_documents RENAME COLUMN error_code_text TO error_code;

CREATE TRIGGER journal_documents_settled_are_final BEFORE UPDATE ON journal_documents
WHEN OLD.state IN ('done', 'rejected')
BEGIN
  SELECT RAISE(ABORT, 'a settled journal document does not change');
END;

-- Each fiscal system has its own settings: they are kept as JSON, checked by the driver's schema
-- when read (electron/devices/<kind>/descriptor.ts). The address stays a column: every system
-- has one, and the device list shows it. A Caspos device's login moves into its config.
ALTER TABLE devices ADD COLUMN config TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(config) AND json_type(config) = 'object');
UPDATE devices SET config = (
  SELECT json_object('url', devices.url, 'username', c.username, 'auth', c.auth) FROM device_credentials c WHERE c.device_id = devices.id
) WHERE EXISTS (SELECT 1 FROM device_credentials c WHERE c.device_id = devices.id);

-- A driver's secrets, each field sealed on its own (electron/settings/secret-box.ts): a password,
-- an API token, a signing key. Never in `config`, never in a log.
CREATE TABLE device_secrets (
  device_id TEXT NOT NULL REFERENCES devices (id),
  field TEXT NOT NULL,
  value BLOB NOT NULL,
  protection TEXT NOT NULL CHECK (protection IN ('os-keychain', 'file-key')),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (device_id, field)
) STRICT;
INSERT INTO device_secrets (device_id, field, value, protection, updated_at)
SELECT device_id, 'password', password, protection, updated_at FROM device_credentials;
DROP TABLE device_credentials;
