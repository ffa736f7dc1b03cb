import type { DeviceKind } from '../../shared/device';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import packageJson from '../../package.json';
import type { HostKind } from '../../shared/ipc/contract';
import { migrate, schemaVersion } from '../db/migrate';
import { migrations } from '../db/migrations';
import { closeDatabase, databaseFileName, openStartDatabase } from '../db/open';
import { startDailyBackups, type DailyBackups } from '../backup/daily-backups';
import { Catalog } from '../catalog/catalog';
import { FileImports } from '../catalog/file-imports';
import { PickedFiles } from '../catalog/picked-files';
import { DeviceRegistry, type DeviceInput } from '../devices/device-registry';
import { Journal } from '../journal/journal';
import { AuditLog } from '../people/audit-log';
import { createGuard } from '../people/guard';
import { People } from '../people/people';
import { Session } from '../people/session';
import { fileKeyBox } from '../settings/file-key-box';
import { ReceiptPrinting, type SystemPrinter } from '../printing/receipt-printing';
import type { SecretBox } from '../settings/secret-box';
import { DeviceStation } from './device-station';
import { registerDeviceUrl } from './device-url';
import { createDispatcher, type Dispatch } from '../ipc/dispatcher';
import { createHandlers } from '../ipc/handlers';
import { createSettings } from '../settings/settings';
import type { AppContext } from './context';
import { EventBus } from './event-bus';
import { TillOffice } from '../office/office';
import type { OfficeSyncOptions } from '../office/office-sync';
import type { Logger } from './logger';

/** The data folder's subfolder where the web host keeps catalogue files uploaded for import. */
const uploadsDirName = 'import-uploads';

export interface AppOptions {
  host: HostKind;
  dataDir: string;
  logger: Logger;
  now?: () => Date;
  /** Waits between re-sends while the device does not answer (tests shorten them). */
  backoffMs?: readonly number[];
  /** Makes the Caspos device at this address the active one (`--device-url`); user info in it is its login. */
  deviceUrl?: string;
  /** Makes the training device of this system the active one (`--training`). */
  training?: DeviceKind;
  /** Makes this device the active one, added or updated from its driver's settings (the crash torture's child). */
  device?: DeviceInput;
  answerTimeoutMs?: number;
  /** Seals device passwords: the OS keychain in the desktop app; a key file otherwise. */
  secrets?: SecretBox;
  /** The hosts' event bus, when it must outlive a start-up recovery screen (start-kassa.ts). */
  bus?: EventBus;
  /**
   * Opened from the recovery screen (a restore or a new start): this run removes no backup, since
   * the older ones may be the only copies of the shop's history; the next normal start prunes.
   */
  fromRecoveryScreen?: boolean;
  /** The operating system's printer (the desktop app); the web host makes a PDF instead. */
  systemPrinter?: SystemPrinter;
  /** From this database size up the quick check runs in the background (db/open.ts; tests lower it). */
  backgroundCheckFromBytes?: number;
  /** The shop office's background round (tests shorten or lengthen its waits). */
  officeSync?: OfficeSyncOptions;
}

export interface KassaApp {
  context: AppContext;
  /**
   * The start's integrity verdict on the journal (db/open.ts): a host that sees it rejected
   * stops the app with the damaged-database line and exit code, as when the check ran at open.
   */
  journalVerified: Promise<void>;
  dispatch: Dispatch;
  close(): Promise<void>;
}

/** Opens the data folder and wires the services; both hosts start the app through this. */
export async function createApp(options: AppOptions): Promise<KassaApp> {
  mkdirSync(options.dataDir, { recursive: true });
  const { db, verified } = openStartDatabase(join(options.dataDir, databaseFileName), options.backgroundCheckFromBytes);
  try {
    // A migration rewrites tables: it waits for the verdict, as the whole start did before.
    if (schemaVersion(db) < migrations.length) await verified;
    const { from, to } = migrate(db, migrations);
    const now = options.now ?? (() => new Date());
    const settings = createSettings(db, now);
    const bus = options.bus ?? new EventBus();
    options.logger.info({ module: 'app', from, to, host: options.host }, 'database ready');
    const secrets = options.secrets ?? fileKeyBox(options.dataDir);
    const devices = new DeviceRegistry(db, secrets, now);
    if (options.deviceUrl) settings.set('activeDeviceId', registerDeviceUrl(devices, options.deviceUrl));
    if (options.training) settings.set('activeDeviceId', devices.training(options.training).id);
    if (options.device) settings.set('activeDeviceId', devices.save(options.device).id);
    const journal = new Journal(db, now, options.logger);
    // Recovery: whatever was being sent when the app stopped has an unknown fate now.
    const interrupted = journal.markInterrupted();
    options.logger.info({ module: 'journal', interrupted }, 'journal opened');
    const station = await DeviceStation.start({
      registry: devices,
      settings,
      journal,
      bus,
      logger: options.logger,
      dataDir: options.dataDir,
      now,
      backoffMs: options.backoffMs,
      answerTimeoutMs: options.answerTimeoutMs,
      journalVerified: verified,
    });
    // A copy of a damaged file must not become the newest backup and push a sound one out.
    let closing = false;
    let backups: DailyBackups | undefined;
    const backupsStarted = verified.then(
      () => {
        if (closing) return;
        backups = startDailyBackups({
          db,
          dataDir: options.dataDir,
          keep: () => settings.get('backupDays'),
          logger: options.logger,
          now,
          keepEveryBackup: options.fromRecoveryScreen,
        });
      },
      () => undefined,
    );
    const printing = new ReceiptPrinting({
      journal,
      bus,
      device: () => station.device,
      printer: () => settings.get('receiptPrinter'),
      logger: options.logger,
      ...(options.systemPrinter ? { system: options.systemPrinter } : {}),
    });
    const people = new People(db, now);
    const audit = new AuditLog(db, now);
    const session = new Session(people, audit, now);
    const catalog = new Catalog(db, settings, now);
    // Uploads left by a run that ended without closing are of no use to this one.
    const pickedFiles = new PickedFiles(join(options.dataDir, uploadsDirName));
    await pickedFiles.clear();
    const office = new TillOffice({ db, journal, secrets, logger: options.logger, now, appVersion: packageJson.version, sync: options.officeSync });
    const context: AppContext = {
      productName: packageJson.productName,
      version: packageJson.version,
      host: options.host,
      dataDir: options.dataDir,
      db,
      settings,
      catalog,
      pickedFiles,
      fileImports: new FileImports(catalog, pickedFiles, bus),
      bus,
      secrets,
      devices,
      station,
      get device() {
        return station.device;
      },
      get documents() {
        return station.documents;
      },
      get sender() {
        return station.sender;
      },
      journal,
      printing,
      people,
      audit,
      session,
      office,
      logger: options.logger,
      now,
    };
    office.start();
    return {
      context,
      journalVerified: verified,
      dispatch: createDispatcher(createHandlers(context), options.logger, createGuard(session, people, audit, () => ({ cashierDiscountCapPercent: settings.get('cashierDiscountCapPercent') }))),
      close: async () => {
        closing = true;
        await office.stop();
        await printing.close();
        // The verdict first: closing checkpoints the WAL into the main file.
        await verified.catch(() => undefined);
        await backupsStarted;
        await backups?.stop();
        await station.close();
        closeDatabase(db);
        await pickedFiles.clear();
      },
    };
  } catch (error) {
    closeDatabase(db);
    throw error;
  }
}
