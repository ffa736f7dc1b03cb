import type { Db } from '../db/open';
import { statementCache } from '../db/statements';

/**
 * A driver's own memory across restarts (migration 0015): small JSON values by key, one device's
 * alone. Writes are synchronous and durable when they return, so a driver can record what it
 * handed out (an offline fiscal code) before the journal stores the bytes that carry it.
 */
export interface DriverState {
  /** The value stored under `key`, unchecked (the driver parses it), or undefined. */
  read(key: string): unknown;
  /** Stores each value under its key and removes the `remove` keys, all in one transaction. */
  write(values: Readonly<Record<string, unknown>>, remove?: readonly string[]): void;
  /** Every key that starts with `prefix`, with its value. */
  entries(prefix: string): [string, unknown][];
}

/** The state of device `deviceId` in the app's database. */
export function sqliteDriverState(db: Db, deviceId: string, now: () => Date): DriverState {
  const statement = statementCache(db);
  const write = db.transaction((values: Readonly<Record<string, unknown>>, remove: readonly string[]) => {
    const at = now().toISOString();
    for (const [key, value] of Object.entries(values)) {
      statement(
        `INSERT INTO device_driver_state (device_id, key, value, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (device_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      ).run(deviceId, key, JSON.stringify(value), at);
    }
    for (const key of remove) statement('DELETE FROM device_driver_state WHERE device_id = ? AND key = ?').run(deviceId, key);
  });
  return {
    read(key) {
      const row = statement<[string, string], { value: string }>('SELECT value FROM device_driver_state WHERE device_id = ? AND key = ?').get(deviceId, key);
      return row ? (JSON.parse(row.value) as unknown) : undefined;
    },
    write: (values, remove = []) => write(values, remove),
    entries(prefix) {
      // A range on the primary key rather than LIKE: a key may hold '%' or '_'.
      const rows = statement<[string, string, string], { key: string; value: string }>(
        'SELECT key, value FROM device_driver_state WHERE device_id = ? AND key >= ? AND key < ? ORDER BY key',
      ).all(deviceId, prefix, `${prefix}\u{10FFFF}`);
      return rows.map((row) => [row.key, JSON.parse(row.value) as unknown]);
    },
  };
}

/** For a driver run without the app's database (contract tests, the doctor): its memory lasts the run. */
export function memoryDriverState(): DriverState {
  const values = new Map<string, string>();
  return {
    read: (key) => {
      const value = values.get(key);
      return value === undefined ? undefined : (JSON.parse(value) as unknown);
    },
    write(written, remove = []) {
      for (const [key, value] of Object.entries(written)) values.set(key, JSON.stringify(value));
      for (const key of remove) values.delete(key);
    },
    entries: (prefix) => [...values.entries()].filter(([key]) => key.startsWith(prefix)).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, value]) => [key, JSON.parse(value) as unknown]),
  };
}
