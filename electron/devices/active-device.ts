import { join } from 'node:path';
import { z } from 'zod';
import { DeviceKind, type DeviceConnection, type DeviceStatus } from '../../shared/device';
import type { EventBus } from '../app/event-bus';
import type { Logger } from '../app/logger';
import type { Db } from '../db/open';
import type { Settings } from '../settings/settings';
import { CasposClient } from './caspos/client';
import { casposDriver, type FiscalDriver } from './driver';
import { startCasposSimulator, type CasposSimulator } from './caspos/simulator/server';

const DeviceRow = z.object({
  id: z.string(),
  kind: DeviceKind,
  name: z.string(),
  url: z.string().nullable(),
  training: z.number().transform((v) => v === 1),
});
type DeviceRow = z.infer<typeof DeviceRow>;

export const trainingMemoryFile = 'training-device.sqlite3';

export interface DeviceOptions {
  /** Makes the Caspos device at this address the active one. */
  deviceUrl?: string;
  /** The driver's answer timeout (default two minutes, for card payments). */
  answerTimeoutMs?: number;
}

/**
 * The device the cashier sells on, and its driver. The built-in training device runs inside the
 * main process on loopback, with its fiscal memory in the data folder, so it behaves across
 * restarts like a real device would.
 */
export class ActiveDevice {
  private connection: DeviceConnection = 'connecting';
  /** How the journal and the services reach the device; absent where no driver exists yet. */
  readonly driver: FiscalDriver | undefined;

  private constructor(
    private readonly row: DeviceRow,
    readonly client: CasposClient | undefined,
    private readonly training: CasposSimulator | undefined,
    private readonly bus: EventBus,
    private readonly logger: Logger,
  ) {
    this.driver = client ? casposDriver(client) : undefined;
  }

  get id(): string {
    return this.row.id;
  }

  static async start(db: Db, settings: Settings, dataDir: string, bus: EventBus, logger: Logger, options: DeviceOptions = {}): Promise<ActiveDevice> {
    if (options.deviceUrl) settings.set('activeDeviceId', registerCasposDevice(db, options.deviceUrl));
    const row = readRow(db, settings.get('activeDeviceId'));
    const log = logger.child({ module: 'device', deviceId: row.id });
    let training: CasposSimulator | undefined;
    let url = row.url;
    if (row.training) {
      training = await startCasposSimulator({ memoryFile: join(dataDir, trainingMemoryFile) });
      url = training.url;
    }
    // Checkbox, SmartX and SmartOne have no driver yet; such a device is shown as unavailable.
    const client =
      row.kind === 'caspos' && url
        ? new CasposClient({ url, credentials: { username: 'username', password: 'password' }, auth: 'integration', answerTimeoutMs: options.answerTimeoutMs })
        : undefined;
    const device = new ActiveDevice(row, client, training, bus, log);
    await device.refresh();
    return device;
  }

  status(): DeviceStatus {
    return { deviceId: this.row.id, kind: this.row.kind, name: this.row.name, training: this.row.training, connection: this.connection };
  }

  /** Asks the device who it is; the answer decides online or offline, and everyone is told. */
  async refresh(): Promise<DeviceStatus> {
    if (!this.client) {
      this.connection = 'unavailable';
    } else {
      const info = await this.client.getInfo();
      this.connection = info.kind === 'done' ? 'online' : 'offline';
      if (info.kind !== 'done') this.logger.warn({ outcome: info.kind, reason: info.kind === 'unknown' ? info.reason : info.error.code }, 'device did not answer getInfo');
    }
    this.bus.emit('device.status', this.status());
    return this.status();
  }

  async close(): Promise<void> {
    await this.training?.close();
  }
}

function readRow(db: Db, id: string): DeviceRow {
  const select = 'SELECT id, kind, name, url, training FROM devices WHERE id = ?';
  return DeviceRow.parse(db.prepare(select).get(id) ?? db.prepare(select).get('training'));
}

/** `--device-url`: a Caspos device at this address becomes the active one (added once, kept). */
export function registerCasposDevice(db: Db, url: string): string {
  const id = `caspos@${new URL(url).host}`;
  db.prepare(
    `INSERT INTO devices (id, kind, name, url, training, created_at) VALUES (?, 'caspos', 'Caspos Mobile', ?, 0, ?)
     ON CONFLICT (id) DO UPDATE SET url = excluded.url`,
  ).run(id, url, new Date().toISOString());
  return id;
}
