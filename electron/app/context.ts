import type { HostKind } from '../../shared/ipc/contract';
import type { Catalog } from '../catalog/catalog';
import type { FileImports } from '../catalog/file-imports';
import type { PickedFiles } from '../catalog/picked-files';
import type { Db } from '../db/open';
import type { ActiveDevice } from '../devices/active-device';
import type { DeviceRegistry } from '../devices/device-registry';
import type { AuditLog } from '../people/audit-log';
import type { People } from '../people/people';
import type { ReceiptPrinting } from '../printing/receipt-printing';
import type { Session } from '../people/session';
import type { SecretBox } from '../settings/secret-box';
import type { DeviceStation } from './device-station';
import type { DocumentService } from '../journal/document-service';
import type { Journal } from '../journal/journal';
import type { DeviceSender } from '../journal/sender';
import type { Settings } from '../settings/settings';
import type { EventBus } from './event-bus';
import type { Logger } from './logger';
import type { TillOffice } from '../office/office';

/** What the services of the main process share, whichever host runs them. */
export interface AppContext {
  productName: string;
  version: string;
  host: HostKind;
  dataDir: string;
  db: Db;
  settings: Settings;
  catalog: Catalog;
  /** Catalogue files the user handed over for import, by id. */
  pickedFiles: PickedFiles;
  /** The running preview or import of a picked file, its progress and cancel. */
  fileImports: FileImports;
  bus: EventBus;
  secrets: SecretBox;
  devices: DeviceRegistry;
  /** The active device, its sender and document service; another can be made active at run time. */
  station: DeviceStation;
  /** The station's active device, read anew on every use (it changes when another is made active). */
  readonly device: ActiveDevice;
  journal: Journal;
  /** Absent where no driver reaches the active device. */
  readonly documents: DocumentService | undefined;
  readonly sender: DeviceSender | undefined;
  /** The app's own receipt printer, for devices that print nothing themselves. */
  printing: ReceiptPrinting;
  people: People;
  audit: AuditLog;
  session: Session;
  /** The shop office this till may belong to: its link, outbox, and background push and pull. */
  office: TillOffice;
  logger: Logger;
  now: () => Date;
}
