import { join } from 'node:path';
import type { DeviceConnection, DeviceStatus } from '../../shared/device';
import { allDeviceFeatures, type DeviceFeatures } from '../../shared/devices/device-features';
import type { EventBus } from '../app/event-bus';
import type { Logger } from '../app/logger';
import { CasposClient } from './caspos/client';
import type { DeviceCredentials, DeviceRow } from './device-registry';
import { casposDriver, type FiscalDriver } from './driver';
import { declaredCapabilities, effectiveCapabilities } from './effective-capabilities';
import { startCasposSimulator, type CasposSimulator } from './caspos/simulator/server';

export const trainingMemoryFile = 'training-device.sqlite3';

export interface DeviceOptions {
  /** The driver's answer timeout (default two minutes, for card payments). */
  answerTimeoutMs?: number;
  /** What the shop has of this device (default: everything the driver declares). */
  features?: DeviceFeatures;
}

/**
 * The device the cashier sells on, and its driver. The built-in training device runs inside the
 * main process on loopback, with its fiscal memory in the data folder, so it behaves across
 * restarts like a real device would.
 */
export class ActiveDevice {
  private connection: DeviceConnection = 'connecting';
  private features: DeviceFeatures = allDeviceFeatures;
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

  /** Starts the driver for `row`: the training device is run here, on loopback. */
  static async start(row: DeviceRow, credentials: DeviceCredentials, dataDir: string, bus: EventBus, logger: Logger, options: DeviceOptions = {}): Promise<ActiveDevice> {
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
        ? new CasposClient({ url, credentials, auth: credentials.auth, answerTimeoutMs: options.answerTimeoutMs })
        : undefined;
    const device = new ActiveDevice(row, client, training, bus, log);
    device.features = options.features ?? allDeviceFeatures;
    await device.refresh();
    return device;
  }

  status(): DeviceStatus {
    return { deviceId: this.row.id, kind: this.row.kind, name: this.row.name, training: this.row.training, connection: this.connection, capabilities: this.capabilities() };
  }

  /** What the cashier may do here; null where no driver reaches the device. */
  capabilities() {
    const declared = this.client ? declaredCapabilities(this.row.kind) : null;
    return declared && effectiveCapabilities(declared, this.features);
  }

  /** The shop changed its switches for this device: the counter is told at once, no restart. */
  useFeatures(features: DeviceFeatures): void {
    this.features = features;
    this.bus.emit('device.status', this.status());
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
