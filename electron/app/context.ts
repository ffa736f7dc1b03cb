import type { HostKind } from '../../shared/ipc/contract';
import type { Catalog } from '../catalog/catalog';
import type { Db } from '../db/open';
import type { ActiveDevice } from '../devices/active-device';
import type { DocumentService } from '../journal/document-service';
import type { Journal } from '../journal/journal';
import type { DeviceSender } from '../journal/sender';
import type { Settings } from '../settings/settings';
import type { EventBus } from './event-bus';
import type { Logger } from './logger';

/** What the services of the main process share, whichever host runs them. */
export interface AppContext {
  productName: string;
  version: string;
  host: HostKind;
  dataDir: string;
  db: Db;
  settings: Settings;
  catalog: Catalog;
  bus: EventBus;
  device: ActiveDevice;
  journal: Journal;
  /** Absent where no driver reaches the active device. */
  documents: DocumentService | undefined;
  sender: DeviceSender | undefined;
  logger: Logger;
  now: () => Date;
}
