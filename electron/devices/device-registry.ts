import { z } from 'zod';
import { DeviceKind } from '../../shared/device';
import { allDeviceFeatures, type DeviceFeatures } from '../../shared/devices/device-features';
import type { SecretProtection } from '../../shared/ipc/people-channels';
import { DeviceAuth } from '../../shared/ipc/settings-channels';
import type { Db } from '../db/open';
import type { SecretBox } from '../settings/secret-box';

export const DeviceRow = z.object({
  id: z.string(),
  kind: DeviceKind,
  name: z.string(),
  url: z.string().nullable(),
  training: z.number().transform((v) => v === 1),
});
export type DeviceRow = z.infer<typeof DeviceRow>;

export type DeviceAuth = z.infer<typeof DeviceAuth>;

export interface DeviceCredentials {
  username: string;
  password: string;
  auth: DeviceAuth;
}

/**
 * What real clients send in the integration mode, as the API document's examples do: the device
 * accepts any values once its integration service is on (field notes). The training device and a
 * device given by `--device-url` without user info use these.
 */
export const documentCredentials: DeviceCredentials = { username: 'username', password: 'password', auth: 'integration' };

export interface DeviceInput {
  name: string;
  url: string;
  username: string;
  /** Absent when an existing device keeps its password. */
  password?: string | undefined;
  auth: DeviceAuth;
}

export class DeviceInUseError extends Error {}

/** The shop's devices, with their credentials sealed by the secret box. */
export class DeviceRegistry {
  constructor(
    private readonly db: Db,
    private readonly secrets: SecretBox,
    private readonly now: () => Date,
  ) {}

  list(): DeviceRow[] {
    return this.db
      .prepare('SELECT id, kind, name, url, training FROM devices WHERE removed = 0 ORDER BY training DESC, name, id')
      .all()
      .map((row) => DeviceRow.parse(row));
  }

  get(id: string): DeviceRow | undefined {
    const row = this.db.prepare('SELECT id, kind, name, url, training FROM devices WHERE id = ? AND removed = 0').get(id);
    return row ? DeviceRow.parse(row) : undefined;
  }

  credentials(id: string): DeviceCredentials | undefined {
    const row = this.db.prepare('SELECT username, auth, password FROM device_credentials WHERE device_id = ?').get(id) as
      | { username: string; auth: DeviceAuth; password: Buffer }
      | undefined;
    return row ? { username: row.username, auth: DeviceAuth.parse(row.auth), password: this.secrets.open(row.password) } : undefined;
  }

  /** How the app logs in to the device, without opening the password. */
  login(id: string): { username: string; auth: DeviceAuth; protection: SecretProtection } | undefined {
    return this.db.prepare('SELECT username, auth, protection FROM device_credentials WHERE device_id = ?').get(id) as
      | { username: string; auth: DeviceAuth; protection: SecretProtection }
      | undefined;
  }

  /** Adds a Caspos device, or changes the one with this id; the id is the device's address. */
  save(input: DeviceInput, id = casposDeviceId(input.url)): DeviceRow {
    const at = this.now().toISOString();
    const write = this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO devices (id, kind, name, url, training, created_at) VALUES (?, 'caspos', ?, ?, 0, ?)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, url = excluded.url, removed = 0`,
        )
        .run(id, input.name, input.url, at);
      const password = input.password ?? this.credentials(id)?.password;
      if (password === undefined) throw new RangeError(`Device ${id} needs a password`);
      this.db
        .prepare(
          `INSERT INTO device_credentials (device_id, username, auth, password, protection, updated_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (device_id) DO UPDATE SET username = excluded.username, auth = excluded.auth, password = excluded.password,
             protection = excluded.protection, updated_at = excluded.updated_at`,
        )
        .run(id, input.username, input.auth, this.secrets.seal(password), this.secrets.protection, at);
    });
    write();
    return this.get(id) as DeviceRow;
  }

  /** Hides a device; its journal documents keep referring to it. The training device stays. */
  remove(id: string, activeId: string): void {
    if (id === 'training' || id === activeId) throw new DeviceInUseError(`Device ${id} is in use`);
    this.db.prepare('UPDATE devices SET removed = 1 WHERE id = ?').run(id);
    this.db.prepare('DELETE FROM device_credentials WHERE device_id = ?').run(id);
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

export function casposDeviceId(url: string): string {
  return `caspos@${new URL(url).host}`;
}
