-- What a running driver must still know after a crash or restart and cannot ask its device for
-- (electron/devices/driver-state.ts): Checkbox keeps its offline mode, the offline session's start,
-- the offline fiscal codes in hand and the receipts they were given to, so the app comes back
-- offline and the law's 36 h / 168 h limits count across restarts. One JSON value per key, each
-- checked by the driver's own schema when read.
CREATE TABLE device_driver_state (
  device_id TEXT NOT NULL REFERENCES devices (id),
  key TEXT NOT NULL CHECK (length(key) > 0),
  value TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (device_id, key)
) STRICT;
