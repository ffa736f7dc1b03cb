import { z } from 'zod';
import { DeviceKind, systemName } from '../../shared/device';
import { allDeviceFeatures, type DeviceFeatures } from '../../shared/devices/device-features';
import type { SecretProtection } from '../../shared/ipc/people-channels';
import { rememberSecret, type Logger } from '../app/logger';
import type { Db } from '../db/open';
import type { SecretBox } from '../settings/secret-box';
import { sqliteDriverState, type DriverState } from './driver-state';
import { descriptorOf } from './registry';

/** A JSON column: the driver's own settings, checked by its schema where the driver starts. */
const ConfigText = z.string().transform((text) => JSON.parse(text) as unknown);

export const DeviceRow = z.object({
  id: z.string(),
  kind: DeviceKind,
  name: z.string(),
  url: z.string().nullable(),
  training: z.number().transform((v) => v === 1),
  /** The driver's settings without its secrets (Caspos: url, username, auth). */
  config: ConfigText,
});
export type DeviceRow = z.infer<typeof DeviceRow>;

export type DeviceAuth = 'integration' | 'session';

/** A driver's secrets by field name (Caspos: password), opened. */
export type DeviceSecrets = Record<string, string>;

export interface DeviceCredentials {
  username: string;
  password: string;
  auth: DeviceAuth;
}

/**
 * What real clients send in the integration mode, as the API document's examples do: the device
 * accepts any values once its integration service is on (field notes). A device given by
 * `--device-url` without user info, and the doctor without a password, use these.
 */
export const documentCredentials: DeviceCredentials = { username: 'username', password: 'password', auth: 'integration' };

/** From now on the logger redacts these secrets; not the documents' stand-in password, which is only the word "password". */
export function rememberDeviceSecrets(logger: Logger, secrets: Record<string, string>): void {
  for (const secret of Object.values(secrets)) if (secret !== documentCredentials.password) rememberSecret(logger, secret);
}

export interface DeviceInput {
  kind: DeviceKind;
  name: string;
  /** The address the list shows and the id is made of. */
  url: string;
  config: object;
  /** A field left out keeps the secret stored for it. */
  secrets: Partial<DeviceSecrets>;
}

export class DeviceInUseError extends Error {}

/** Settings that do not fit the driver of their kind: refused before anything is stored. */
export class DeviceSettingsError extends Error {}

const rowColumns = 'id, kind, name, url, training, config';

/** The shop's devices: each driver's settings as JSON, its secrets sealed one field at a time. */
export class DeviceRegistry {
  constructor(
    private readonly db: Db,
    private readonly secretBox: SecretBox,
    private readonly now: () => Date,
  ) {}

  list(): DeviceRow[] {
    return this.db
      .prepare(`SELECT ${rowColumns} FROM devices WHERE removed = 0 ORDER BY training DESC, name, id`)
      .all()
      .map((row) => DeviceRow.parse(row));
  }

  get(id: string): DeviceRow | undefined {
    const row = this.db.prepare(`SELECT ${rowColumns} FROM devices WHERE id = ? AND removed = 0`).get(id);
    return row ? DeviceRow.parse(row) : undefined;
  }

  /** The device's secrets, opened: for its driver only, never for a view or a log. */
  secrets(id: string): DeviceSecrets {
    const rows = this.db.prepare('SELECT field, value FROM device_secrets WHERE device_id = ? ORDER BY field').all(id) as { field: string; value: Buffer }[];
    return Object.fromEntries(rows.map((row) => [row.field, this.secretBox.open(row.value)]));
  }

  /** How the device's secrets are protected, without opening them; null when it has none. */
  protection(id: string): SecretProtection | null {
    const row = this.db.prepare('SELECT protection FROM device_secrets WHERE device_id = ? LIMIT 1').get(id) as { protection: SecretProtection } | undefined;
    return row?.protection ?? null;
  }

  /** Adds a device, or changes the one with this id; its settings must fit its driver, with every secret it needs. */
  save(input: DeviceInput, id = deviceIdOf(input.kind, input.url)): DeviceRow {
    const descriptor = descriptorOf(input.kind);
    if (!descriptor) throw new DeviceSettingsError(`No driver for ${input.kind} devices`);
    const config = descriptor.config.safeParse(input.config);
    if (!config.success) throw new DeviceSettingsError(`The settings do not fit a ${input.kind} device: ${config.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    const at = this.now().toISOString();
    const write = this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO devices (id, kind, name, url, training, config, created_at) VALUES (?, ?, ?, ?, 0, ?, ?)
           ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, url = excluded.url, removed = 0,
             config = json_patch(excluded.config, json_object('learned', json(json_extract(devices.config, '$.learned'))))`,
        )
        .run(id, input.kind, input.name, input.url, JSON.stringify(config.data), at);
      const secrets = { ...this.secrets(id), ...definedOnly(input.secrets) };
      const missing = descriptor.secretFields.filter((field) => secrets[field] === undefined);
      if (missing.length > 0) throw new DeviceSettingsError(`Device ${id} needs its ${missing.join(', ')}`);
      const upsert = this.db.prepare(
        `INSERT INTO device_secrets (device_id, field, value, protection, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (device_id, field) DO UPDATE SET value = excluded.value, protection = excluded.protection, updated_at = excluded.updated_at`,
      );
      for (const [field, secret] of Object.entries(definedOnly(input.secrets))) upsert.run(id, field, this.secretBox.seal(secret), this.secretBox.protection, at);
    });
    write();
    return this.get(id) as DeviceRow;
  }

  /**
   * The training device of `kind`, added the first time it is asked for: Caspos's is the built-in
   * one every data folder starts with; another system's exists once its driver has a training device.
   */
  training(kind: DeviceKind): DeviceRow {
    const id = trainingDeviceId(kind);
    if (!descriptorOf(kind)?.training) throw new DeviceSettingsError(`No ${kind} driver with a training device is registered`);
    this.db
      .prepare("INSERT INTO devices (id, kind, name, url, training, config, created_at) VALUES (?, ?, ?, NULL, 1, '{}', ?) ON CONFLICT (id) DO UPDATE SET removed = 0")
      .run(id, kind, systemName[kind], this.now().toISOString());
    return this.get(id) as DeviceRow;
  }

  /** Hides a device; its journal documents keep referring to it. The training devices stay. */
  remove(id: string, activeId: string): void {
    if (this.get(id)?.training || id === activeId) throw new DeviceInUseError(`Device ${id} is in use`);
    this.db.prepare('UPDATE devices SET removed = 1 WHERE id = ?').run(id);
    this.db.prepare('DELETE FROM device_secrets WHERE device_id = ?').run(id);
  }

  /**
   * What the app learned of this device by asking it (electron/reports/float-booking.ts), kept in
   * its config JSON under `learned`: the driver's schema never sees it, and saving the device's
   * settings again keeps it. Unchecked here: each reader parses its own key.
   */
  learned(id: string): Record<string, unknown> {
    const row = this.db.prepare(`SELECT json_extract(config, '$.learned') AS learned FROM devices WHERE id = ?`).get(id) as { learned: string | null } | undefined;
    return row?.learned ? (JSON.parse(row.learned) as Record<string, unknown>) : {};
  }

  learn(id: string, key: string, value: unknown): void {
    this.db.prepare(`UPDATE devices SET config = json_set(config, '$.learned.' || ?, json(?)) WHERE id = ?`).run(key, JSON.stringify(value), id);
  }

  /** The driver's memory across restarts for this device (migration 0015). */
  driverState(id: string): DriverState {
    return sqliteDriverState(this.db, id, this.now);
  }

  /** What the shop has of this device; everything where nobody has said otherwise. */
  features(id: string): DeviceFeatures {
    const row = this.db.prepare('SELECT cash_drawer, credit, roll_back, bonus FROM device_features WHERE device_id = ?').get(id) as
      | { cash_drawer: number; credit: number; roll_back: number; bonus: number }
      | undefined;
    return row ? { cashDrawer: row.cash_drawer === 1, credit: row.credit === 1, rollBack: row.roll_back === 1, bonus: row.bonus === 1 } : allDeviceFeatures;
  }

  setFeatures(id: string, features: DeviceFeatures): DeviceFeatures {
    const flag = (on: boolean) => (on ? 1 : 0);
    this.db
      .prepare(
        `INSERT INTO device_features (device_id, cash_drawer, credit, roll_back, bonus, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (device_id) DO UPDATE SET cash_drawer = excluded.cash_drawer, credit = excluded.credit, roll_back = excluded.roll_back,
           bonus = excluded.bonus, updated_at = excluded.updated_at`,
      )
      .run(id, flag(features.cashDrawer), flag(features.credit), flag(features.rollBack), flag(features.bonus), this.now().toISOString());
    return this.features(id);
  }
}

/** A device's id is its kind and address: the same device saved again is changed, not added twice. */
export function deviceIdOf(kind: DeviceKind, url: string): string {
  return `${kind}@${new URL(url).host}`;
}

function definedOnly(secrets: Partial<DeviceSecrets>): DeviceSecrets {
  return Object.fromEntries(Object.entries(secrets).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** The id of the training device of `kind`; Caspos's keeps the id every data folder was created with. */
export function trainingDeviceId(kind: DeviceKind): string {
  return kind === 'caspos' ? 'training' : `training-${kind}`;
}
