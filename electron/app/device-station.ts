import type { DeviceStatus } from '../../shared/device';
import { ActiveDevice } from '../devices/active-device';
import { rememberDeviceSecrets, type DeviceRegistry } from '../devices/device-registry';
import { DocumentService, JournalBusyError } from '../journal/document-service';
import type { Journal } from '../journal/journal';
import { DeviceSender } from '../journal/sender';
import type { Settings } from '../settings/settings';
import type { EventBus } from './event-bus';
import type { Logger } from './logger';

export interface StationDeps {
  registry: DeviceRegistry;
  settings: Settings;
  journal: Journal;
  bus: EventBus;
  logger: Logger;
  dataDir: string;
  /** The app's clock: the journal's flows judge a document's dates by it. */
  now: () => Date;
  /** Waits between re-sends while the device does not answer (tests shorten them). */
  backoffMs?: readonly number[] | undefined;
  /** Overrides the setting (tests). */
  answerTimeoutMs?: number | undefined;
  /** The journal's integrity verdict: the sender sends nothing before it. */
  journalVerified: Promise<void>;
}

interface Running {
  device: ActiveDevice;
  sender: DeviceSender | undefined;
  documents: DocumentService | undefined;
}

/**
 * The device this station sells on, with its sender and document service. Another device can be
 * made active while the app runs (settings, setup wizard), but only when every document of the
 * current one is settled: a switch must never strand a document whose fate is unknown.
 */
export class DeviceStation {
  private switching = false;

  private constructor(
    private running: Running,
    private readonly deps: StationDeps,
  ) {}

  static async start(deps: StationDeps): Promise<DeviceStation> {
    return new DeviceStation(await run(deps, deps.settings.get('activeDeviceId')), deps);
  }

  get device(): ActiveDevice {
    return this.running.device;
  }

  get sender(): DeviceSender | undefined {
    return this.running.sender;
  }

  /** None while another device is being made active: a document then could land on a stopped sender. */
  get documents(): DocumentService | undefined {
    return this.switching ? undefined : this.running.documents;
  }

  /** Makes `id` the active device (or starts the same one again with new timeouts). */
  async activate(id: string): Promise<DeviceStatus> {
    if (!this.deps.registry.get(id)) throw new RangeError(`No device ${id}`);
    const unsettled = this.deps.journal.unsettledCount(this.device.id);
    if (unsettled > 0) throw new JournalBusyError(unsettled);
    this.switching = true;
    try {
      await this.stopRunning();
      this.running = await run(this.deps, id);
      this.deps.settings.set('activeDeviceId', id);
    } finally {
      this.switching = false;
    }
    return this.device.status();
  }

  async close(): Promise<void> {
    await this.stopRunning();
  }

  private async stopRunning(): Promise<void> {
    await this.running.sender?.stop();
    await this.running.device.close();
  }
}

async function run(deps: StationDeps, id: string): Promise<Running> {
  // A device removed or never known falls back to the training device rather than blocking start.
  const row = deps.registry.get(id) ?? deps.registry.get('training');
  if (!row) throw new Error('The training device is missing from the database');
  // A training device brings its own stand-in login; a device's own secrets must never reach a log.
  const secrets = row.training ? {} : deps.registry.secrets(row.id);
  rememberDeviceSecrets(deps.logger, secrets);
  const answerTimeoutMs = deps.answerTimeoutMs ?? deps.settings.get('answerTimeoutSeconds') * 1000;
  const device = await ActiveDevice.start(row, secrets, deps.dataDir, deps.bus, deps.logger, { answerTimeoutMs, features: deps.registry.features(row.id), state: deps.registry.driverState(row.id) });
  const sender = device.driver ? new DeviceSender(device.id, device.driver, deps.journal, deps.bus, deps.logger, { backoffMs: deps.backoffMs, journalVerified: deps.journalVerified }) : undefined;
  const documents = device.driver && sender ? new DocumentService(deps.journal, device.id, device.driver, sender, () => device.capabilities(), deps.now) : undefined;
  deps.logger.info({ module: 'device', deviceId: device.id, unsettled: deps.journal.unsettledCount(device.id) }, 'device active');
  // Every unsettled document of this device is sent again before new ones.
  sender?.kick();
  return { device, sender, documents };
}
