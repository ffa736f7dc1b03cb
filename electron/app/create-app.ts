import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import packageJson from '../../package.json';
import type { HostKind } from '../../shared/ipc/contract';
import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { closeDatabase, openDatabase } from '../db/open';
import { Catalog } from '../catalog/catalog';
import { ActiveDevice } from '../devices/active-device';
import { DocumentService } from '../journal/document-service';
import { Journal } from '../journal/journal';
import { DeviceSender } from '../journal/sender';
import { createDispatcher, type Dispatch } from '../ipc/dispatcher';
import { createHandlers } from '../ipc/handlers';
import { createSettings } from '../settings/settings';
import type { AppContext } from './context';
import { EventBus } from './event-bus';
import type { Logger } from './logger';

export const databaseFileName = 'kassa.sqlite3';

export interface AppOptions {
  host: HostKind;
  dataDir: string;
  logger: Logger;
  now?: () => Date;
  /** Waits between re-sends while the device does not answer (tests shorten them). */
  backoffMs?: readonly number[];
  /** Makes the Caspos device at this address the active one (`--device-url`). */
  deviceUrl?: string;
  answerTimeoutMs?: number;
}

export interface KassaApp {
  context: AppContext;
  dispatch: Dispatch;
  close(): Promise<void>;
}

/** Opens the data folder and wires the services; both hosts start the app through this. */
export async function createApp(options: AppOptions): Promise<KassaApp> {
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, databaseFileName));
  try {
    const { from, to } = migrate(db, migrations);
    const now = options.now ?? (() => new Date());
    const settings = createSettings(db, now);
    const bus = new EventBus();
    options.logger.info({ module: 'app', from, to, host: options.host }, 'database ready');
    const device = await ActiveDevice.start(db, settings, options.dataDir, bus, options.logger, options);
    const journal = new Journal(db, now);
    // Recovery: whatever was being sent when the app stopped has an unknown fate now.
    const interrupted = journal.markInterrupted();
    const sender = device.driver ? new DeviceSender(device.id, device.driver, journal, bus, options.logger, { backoffMs: options.backoffMs }) : undefined;
    const documents = device.driver && sender ? new DocumentService(journal, device.id, device.driver, sender) : undefined;
    const unsettled = journal.unsettledCount(device.id);
    options.logger.info({ module: 'journal', interrupted, unsettled }, 'journal opened');
    // Every unsettled document is sent again before new ones; the sender works through them now.
    sender?.kick();
    const context: AppContext = {
      productName: packageJson.productName,
      version: packageJson.version,
      host: options.host,
      dataDir: options.dataDir,
      db,
      settings,
      catalog: new Catalog(db, settings, now),
      bus,
      device,
      journal,
      documents,
      sender,
      logger: options.logger,
      now,
    };
    return {
      context,
      dispatch: createDispatcher(createHandlers(context), options.logger),
      close: async () => {
        await sender?.stop();
        await device.close();
        closeDatabase(db);
      },
    };
  } catch (error) {
    closeDatabase(db);
    throw error;
  }
}
