import { join } from 'node:path';
import type { DeviceConnection, DeviceStatus } from '../../shared/device';
import { allDeviceFeatures, type DeviceFeatures } from '../../shared/devices/device-features';
import type { DeviceRefusal } from '../../shared/devices/refusal';
import type { EventBus } from '../app/event-bus';
import type { Logger } from '../app/logger';
import type { DeviceRow, DeviceSecrets } from './device-registry';
import type { DriverState } from './driver-state';
import { storedRefusal, type DriverContext, type DriverDescriptor, type FiscalDriver, type StoredRequest, type TrainingFaults } from './driver';
import { declaredCapabilities, effectiveCapabilities } from './effective-capabilities';
import { descriptorOf } from './registry';

export interface DeviceOptions {
  /** The driver's answer timeout (default two minutes, for card payments). */
  answerTimeoutMs?: number;
  /** What the shop has of this device (default: everything the driver declares). */
  features?: DeviceFeatures;
  /** The driver's memory across restarts (the app's database). */
  state?: DriverState;
}

function driverContext(logger: Logger, options: DeviceOptions): DriverContext {
  return { logger, answerTimeoutMs: options.answerTimeoutMs, ...(options.state ? { state: options.state } : {}) };
}

/**
 * The device the cashier sells on, and its driver, started through the registry. A training
 * device runs inside the main process on loopback, with its fiscal memory in the data folder,
 * so it behaves across restarts like a real device would.
 */
export class ActiveDevice {
  private connection: DeviceConnection = 'connecting';
  private features: DeviceFeatures = allDeviceFeatures;

  private constructor(
    private readonly row: DeviceRow,
    /** The system's descriptor; absent where no driver exists yet. */
    readonly descriptor: DriverDescriptor | undefined,
    /** How the journal and the services reach the device; absent where no driver exists yet. */
    readonly driver: FiscalDriver | undefined,
    private readonly stopTraining: (() => Promise<void>) | undefined,
    /** The training device's fault switches, for the conformance suite; absent for a real device. */
    readonly trainingFaults: TrainingFaults | undefined,
    private readonly bus: EventBus,
    private readonly logger: Logger,
  ) {}

  get id(): string {
    return this.row.id;
  }

  /** Starts the driver for `row`: a training device is run here, on loopback. */
  static async start(row: DeviceRow, secrets: DeviceSecrets, dataDir: string, bus: EventBus, logger: Logger, options: DeviceOptions = {}): Promise<ActiveDevice> {
    const log = logger.child({ module: 'device', deviceId: row.id });
    // A kind without a driver yet (Checkbox, SmartX, SmartOne) is shown as unavailable.
    const descriptor = descriptorOf(row.kind);
    let driver: FiscalDriver | undefined;
    let stopTraining: (() => Promise<void>) | undefined;
    let trainingFaults: TrainingFaults | undefined;
    if (descriptor && row.training && descriptor.training) {
      const training = await descriptor.training.start(join(dataDir, descriptor.training.memoryFile));
      stopTraining = () => training.close();
      trainingFaults = training.faults;
      driver = await descriptor.start(training.config, training.secrets, driverContext(log, options));
    } else if (descriptor && !row.training) {
      // Stored settings that no longer fit the driver leave the device unavailable, never the app down.
      const config = descriptor.config.safeParse(row.config);
      const opened = descriptor.secrets.safeParse(secrets);
      if (config.success && opened.success) driver = await descriptor.start(config.data, opened.data, driverContext(log, options));
      else log.warn({ fields: (config.error ?? opened.error)?.issues.map((issue) => issue.path.join('.')) }, 'the device settings do not fit its driver');
    }
    const device = new ActiveDevice(row, descriptor, driver, stopTraining, trainingFaults, bus, log);
    device.features = options.features ?? allDeviceFeatures;
    await device.refresh();
    return device;
  }

  status(): DeviceStatus {
    return { deviceId: this.row.id, kind: this.row.kind, name: this.row.name, training: this.row.training, connection: this.connection, capabilities: this.capabilities() };
  }

  /** What the cashier may do here; null where no driver reaches the device. */
  capabilities() {
    const declared = this.driver ? declaredCapabilities(this.row.kind) : null;
    return declared && effectiveCapabilities(declared, this.features);
  }

  /** The shop changed its switches for this device: the counter is told at once, no restart. */
  useFeatures(features: DeviceFeatures): void {
    this.features = features;
    this.bus.emit('device.status', this.status());
  }

  /** A refusal the journal kept (its code and the device's words), explained by this device's driver. */
  refusal(code: string, deviceText: string): DeviceRefusal {
    return this.descriptor ? storedRefusal(this.descriptor, code, deviceText) : { system: this.row.kind, code, deviceText, cashier: null };
  }

  /** The offline fiscal code a journaled document carries, where the driver sells offline. */
  offlineCode(uuid: string, request: StoredRequest): string | undefined {
    return this.driver?.offline?.codeOf(uuid, request);
  }

  /** Asks the device who it is; the answer decides online or offline, and everyone is told. */
  async refresh(): Promise<DeviceStatus> {
    if (!this.driver) {
      this.connection = 'unavailable';
    } else {
      const info = await this.driver.info();
      this.connection = info.kind === 'done' ? 'online' : 'offline';
      if (info.kind !== 'done') this.logger.warn({ outcome: info.kind, reason: info.kind === 'unknown' ? info.reason : info.refusal.code }, 'device did not answer getInfo');
    }
    this.bus.emit('device.status', this.status());
    return this.status();
  }

  async close(): Promise<void> {
    await this.driver?.close();
    await this.stopTraining?.();
  }
}
