-- What a shop has of each device, set by the installer or a manager: each switch narrows what the
-- device's driver declares (electron/devices/effective-capabilities.ts). No row: everything on,
-- so devices known before this migration keep every button they had.
CREATE TABLE device_features (
  device_id TEXT PRIMARY KEY REFERENCES devices (id),
  cash_drawer INTEGER NOT NULL CHECK (cash_drawer IN (0, 1)),
  credit INTEGER NOT NULL CHECK (credit IN (0, 1)),
  roll_back INTEGER NOT NULL CHECK (roll_back IN (0, 1)),
  bonus INTEGER NOT NULL CHECK (bonus IN (0, 1)),
  updated_at TEXT NOT NULL
) STRICT;
