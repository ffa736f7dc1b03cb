import { receiptPdfRendering } from './renderings';
import type { Logger } from '../../app/logger';
import { z } from 'zod';
import { type DeviceOutcome, type FiscalDriver, type OfflineControl } from '../driver';
import { memoryDriverState, type DriverState } from '../driver-state';
import type { OfflineStatus } from '../../../shared/devices/offline-status';
import { TaxTable, type TaxRow } from './answers';
import type { CheckboxClient } from './client';
import { CheckboxDocuments } from './documents';
import { buildRequest, type MappingContext } from './mapping';
import { CheckboxOffline } from './offline';
import { CheckboxOfflineDocuments, offlineRefusal } from './offline-documents';
import { OfflineMemory } from './offline-memory';
import { CheckboxOfflineShift } from './offline-shift';
import { offlineWait, offlineWaitRefusal } from './offline-waits';
import { CheckboxOfflineMode, defaultOfflineSettings, type OfflineRefusalCode, type OfflineSettings } from './offline-mode';
import { refusedBy } from './outcome';
import { offlinePrintable, type RegisterHeader } from './offline-printable';
import { printableReceipt } from './printable';
import { CheckboxReports } from './reports';
import { CheckboxShifts, type PollSchedule } from './shifts';

export interface CheckboxDriverOptions {
  offline?: Partial<OfflineSettings>;
  /** The driver's clock (tests move it with the training server's). */
  now?: () => Date;
  /** Where the offline mode and what selling offline needs survive a restart (the app's database); without it, they last the run. */
  state?: DriverState;
  /** The tax service's check page an offline receipt's QR links to (offline-tax-link.ts). */
  taxCheckBase?: string;
}

const taxesKey = 'checkbox.taxes';
const registerKey = 'checkbox.register';
const StoredRegister = z.object({ fiscalNumber: z.string().optional(), title: z.string().optional(), address: z.string().optional() });

const refusalTexts: Record<OfflineRefusalCode, string> = {
  offline_limit_session: 'the 36 hours of offline work in a row are spent',
  offline_limit_month: 'the 168 hours of offline work this month are spent',
  no_offline_codes: 'no offline fiscal codes in hand',
};

/**
 * The running driver over a client. It keeps what `build` needs and cannot ask for (build is
 * synchronous): the organisation's tax table, read at start, at every shift opening and with
 * the register's info, the shift in progress, for the Z report's request, and the offline mode
 * with its codes in hand, for receipts built offline.
 */
export async function checkboxDriver(client: CheckboxClient, logger: Logger, schedule: PollSchedule, options: CheckboxDriverOptions = {}): Promise<FiscalDriver> {
  const log = logger.child({ module: 'checkbox' });
  const now = options.now ?? (() => new Date());
  const online = new CheckboxDocuments(client);
  const shifts = new CheckboxShifts(client, schedule);
  const reports = new CheckboxReports(client);
  const offlineApi = new CheckboxOffline(client);
  const state = options.state ?? memoryDriverState();
  const mode = new CheckboxOfflineMode(offlineApi, { ...defaultOfflineSettings, ...options.offline }, now, new OfflineMemory(state, client.register));
  if (mode.otherRegister) log.info('the stored offline codes and sessions were another register’s: let go');
  if (mode.unreadable.length > 0) log.warn({ keys: mode.unreadable }, 'stored offline state that does not fit its schema is left out');
  const documents = new CheckboxOfflineDocuments(client, offlineApi, mode, online, schedule.intervalMs);
  const offlineShift = new CheckboxOfflineShift(client, state, mode, documents);
  // The table as last read: a restart while the service is down still sells offline with it.
  const storedTaxes = TaxTable.safeParse(state.read(taxesKey));
  let taxes: readonly TaxRow[] | undefined = storedTaxes.success ? storedTaxes.data : undefined;

  const readTaxes = async () => {
    const reply = await client.call('GET', '/tax', TaxTable);
    if (reply.kind === 'ok') {
      taxes = reply.value;
      state.write({ [taxesKey]: reply.value });
    }
    // Without the table no goods can be mapped: the journal refuses them as not supported until it is read.
    else log.warn({ reason: reply.kind === 'unknown' ? reply.reason : reply.code }, 'cannot read the tax table');
  };
  // The reserve is kept while online; a failure leaves it for the next top-up.
  const keepReserve = async () => {
    const read = await mode.refresh();
    if (read.kind === 'ok') await mode.topUp();
  };
  // The register as an offline receipt's header names it: read while the service answers.
  const storedRegister = StoredRegister.safeParse(state.read(registerKey));
  let register: RegisterHeader = storedRegister.success ? storedRegister.data : {};
  const readRegister = async () => {
    const info = await reports.info();
    if (info.kind !== 'done' || !info.value) return;
    const { cashboxFactoryNumber: fiscalNumber, objectName: title, objectAddress: address } = info.value;
    register = { ...(fiscalNumber ? { fiscalNumber } : {}), ...(title ? { title } : {}), ...(address ? { address } : {}) };
    state.write({ [registerKey]: register });
  };
  await readTaxes();
  await readRegister();
  await shifts.status();
  await keepReserve();

  const status = async (): Promise<OfflineStatus> => {
    await mode.refresh();
    return mode.status();
  };
  const offline: OfflineControl = {
    selling: () => mode.selling(),
    waits: (kind) => {
      const code = mode.selling() ? offlineWait(kind) : undefined;
      return code ? offlineWaitRefusal(code) : undefined;
    },
    codeOf: (uuid, request) => (request.operation === 'sell-offline' ? (JSON.parse(request.body) as { fiscal_code?: string }).fiscal_code : mode.reservedFor(uuid)),
    status,
    goOffline: async (): Promise<DeviceOutcome<OfflineStatus>> => {
      await mode.refresh();
      const at = now();
      const refused = mode.enter('manager', at);
      if (refused) return offlineRefusal(refused, refusalTexts[refused]);
      // The register's session starts now; unreachable, it starts with the first offline receipt.
      const failed = await documents.ensureOffline(at);
      if (failed) log.warn({ outcome: failed.kind }, 'offline here; the register goes offline with the first offline receipt');
      return { kind: 'done', value: mode.status(at), duplicate: false, raw: '' };
    },
    goOnline: async (): Promise<DeviceOutcome<OfflineStatus>> => {
      mode.leave();
      // Offline receipts still queued go out first, offline; the register comes back after the last of them.
      if (mode.queued === 0) {
        const failed = await documents.ensureOnline();
        if (failed) return failed;
      }
      return { kind: 'done', value: await status(), duplicate: false, raw: '' };
    },
  };

  return {
    build: (doc, uuid, parents, journaledAt) => {
      const context: MappingContext = { taxes, shiftId: shifts.currentId };
      // Built online first: what cannot be mapped is refused before an offline code is taken.
      const request = buildRequest(doc, uuid, parents, context);
      if (request.operation !== 'sell' || !journaledAt) return request;
      const fields = mode.fieldsFor(uuid, journaledAt);
      if (!fields) return request;
      return buildRequest(doc, uuid, parents, { ...context, offline: fields });
    },
    send: async (request) => {
      const outcome = await documents.send(request);
      if (outcome.kind === 'done' && !outcome.provisional) await mode.topUp();
      return outcome;
    },
    // A lost answer is settled by asking for our id first (drivers/checkbox.md §2): a POST only on 404.
    recovery: { mode: 'lookup', lookup: (uuid, request) => documents.lookup(uuid, request) },
    // The first poll at the configured interval (public clients 0.75-1 s; the training server 10 ms) where that is sooner than the journal's.
    completion: {
      poll: async (uuid, request) => {
        const polled = await documents.poll(uuid, request);
        // An online receipt done: the reserve is topped up while the service answers (only below half of it).
        if (polled.kind === 'found' && polled.outcome.kind === 'done' && !polled.outcome.provisional) await mode.topUp();
        return polled;
      },
      firstPollMs: schedule.intervalMs,
    },
    openShift: async (_cashierName, openingFloat) => {
      // The seed has no offline service receipt: the opening float waits for the register online.
      if (mode.isOffline && openingFloat > 0) return { kind: 'rejected', refusal: offlineWaitRefusal('offline_waits_float'), raw: '' };
      // An opening sent offline before is settled by its id first, in either mode: never a second shift.
      const offlineOpened = mode.isOffline ? await offlineShift.open() : await offlineShift.settleOnline();
      if (offlineOpened) {
        if (offlineOpened.kind !== 'done') return offlineOpened;
        shifts.currentId = offlineOpened.value ?? undefined;
        return { ...offlineOpened, value: null };
      }
      await readTaxes();
      const opened = await shifts.open(openingFloat);
      if (opened.kind === 'done') await Promise.all([keepReserve(), readRegister()]);
      return opened;
    },
    shiftStatus: () => shifts.status(),
    xReport: () => reports.x(),
    periodicReport: (from, to) => reports.periodic(from, to),
    controlTape: () => reports.controlTape(),
    info: async () => {
      if (!taxes) await readTaxes();
      return reports.info();
    },
    // A cloud register prints nothing and has no drawer: the app's own printer does both.
    printLast: () => Promise.resolve(refusedBy('not_supported', 'Checkbox has no printer: the app prints the receipt')),
    openDrawer: () => Promise.resolve(refusedBy('not_supported', 'Checkbox has no cash drawer: the receipt printer opens it')),
    servicePdf: async (uuid) => {
      const pdf = await receiptPdfRendering(client, uuid);
      return pdf.kind === 'ok' ? pdf.value : null;
    },
    printable: (uuid, storedAnswer, columns, offlineDocument) => (offlineDocument ? Promise.resolve(offlinePrintable(uuid, offlineDocument, register, options.taxCheckBase)) : printableReceipt(client, uuid, storedAnswer, columns)),
    // The session stays: a till signs in once and keeps its token until the service revokes it.
    close: () => Promise.resolve(),
    offline,
  };
}
