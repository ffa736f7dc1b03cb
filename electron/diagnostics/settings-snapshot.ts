import type { Db } from '../db/open';
import { isSecretName } from '../app/secret-names';

/**
 * The `settings` and `devices` tables as they are. Device credentials live in a table of their
 * own, encrypted, and are never read here; a settings row named like a secret is left out.
 */
export function settingsSnapshot(db: Db): { settings: unknown[]; devices: unknown[] } {
  const settings = db
    .prepare<[], { key: string; value: string }>('SELECT * FROM settings ORDER BY key')
    .all()
    .filter((row) => !isSecretName(row.key))
    .map((row) => ({ ...row, value: JSON.parse(row.value) as unknown }));
  const devices = db.prepare('SELECT * FROM devices ORDER BY id').all();
  return { settings, devices };
}
