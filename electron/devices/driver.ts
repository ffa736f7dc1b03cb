import type { z } from 'zod';
import type { DeviceKind } from '../../shared/device';
import type { CapabilityNeed } from '../../shared/devices/capability-need';
import type { DeviceCapabilities, DocumentKind } from '../../shared/devices/capabilities';
import type { CashierExplanation, DeviceRefusal } from '../../shared/devices/refusal';
import type { SettingsField } from '../../shared/devices/settings-form';
import type { DoctorCheck } from '../../shared/doctor';
import type { DriverState } from './driver-state';
import type { ControlTape, DeviceInfo, DocumentResult, PeriodicReport, ShiftStatus } from '../../shared/fiscal/device-results';
import type { FiscalDocument } from '../../shared/fiscal/documents';
import type { PrintableReceipt } from '../../shared/printing/printable-receipt';
import type { ShiftReport } from '../../shared/fiscal/shift-report';
import type { Logger } from '../app/logger';
import type { OfflineStatus } from '../../shared/devices/offline-status';
import type { ParentLookup } from './parent-lookup';

export type { DeviceRefusal } from '../../shared/devices/refusal';
export type { SettingsField } from '../../shared/devices/settings-form';

/**
 * The three outcomes of a call to any fiscal system (architecture: done, rejected, unknown).
 * - done: the device did it; `duplicate` when it had done this document UUID before;
 *   `provisional` when its fiscal code is an offline one, to be confirmed later; `printFailed`
 *   when it was fiscalised but not printed.
 * - rejected: the device refused; nothing was fiscalised.
 * - unknown: no trustworthy answer; `sent` is false only when the request surely never left.
 *   Never reported to anyone as a refusal: the document may have been fiscalised.
 */
export type DeviceOutcome<T> =
  | { kind: 'done'; value: T; duplicate: false; provisional?: boolean; printFailed?: boolean; raw: string }
  | { kind: 'done'; value: T | null; duplicate: true; provisional?: boolean; printFailed?: boolean; raw: string }
  | { kind: 'rejected'; refusal: DeviceRefusal; raw: string }
  | { kind: 'unknown'; reason: string; sent: boolean; detail: string; raw?: string };

/**
 * Thrown by a driver's `build` for what its device cannot take although the capabilities let it
 * through: a tax group missing from the device's own table (Checkbox's tax codes, SmartX's
 * sections). The journal turns it into the same refusal as a missing capability, before storing
 * anything.
 */
export class UnmappableError extends Error {
  constructor(readonly need: CapabilityNeed) {
    super(`The device has nothing to map ${need} to`);
  }
}

/**
 * A document's bytes as the journal keeps them: built once, re-sent exactly as stored. Secrets,
 * tokens and signatures are never in `body`; the driver adds them at send time.
 */
export interface StoredRequest {
  operation: string;
  body: string;
}

/** What a lookup by our document UUID found: never a guess, since a re-send may fiscalise twice. */
export type LookupOutcome =
  /** Only a definite answer counts as found: an unknown one is a failed lookup. */
  | { kind: 'found'; outcome: Extract<DeviceOutcome<DocumentResult>, { kind: 'done' | 'rejected' }> }
  | { kind: 'notFound' }
  | { kind: 'failed'; reason: string; detail: string };

/**
 * What a send answered: one of the three outcomes, or, from a device that finishes later
 * (capabilities `asyncCompletion`), "accepted": it has the document but no fiscal result yet.
 * Accepted is neither done nor refused; the journal keeps the document `sending` and polls.
 */
export type SendOutcome = DeviceOutcome<DocumentResult> | { kind: 'accepted'; detail: string; raw: string };

/** What a poll by our document UUID found after the device accepted the document. */
export type PollOutcome =
  /** Finished: fiscalised, or refused by the device (the only way such a document is rejected). */
  | Extract<LookupOutcome, { kind: 'found' }>
  | { kind: 'pending' }
  /** No trustworthy answer to this poll: it tells nothing, and is never taken as a refusal. */
  | { kind: 'failed'; reason: string; detail: string };

/** How a device that accepts now and finishes later is asked for the result. */
export interface AsyncCompletion {
  poll(uuid: string, request: StoredRequest): Promise<PollOutcome>;
  /**
   * The wait before the first poll, where the device usually finishes sooner than the journal's
   * schedule assumes (a training server at once); only ever shortens the schedule's first wait.
   */
  firstPollMs?: number;
}

/** How a lost answer is settled: re-sending the stored bytes, or asking by UUID first. */
export type Recovery =
  | { mode: 'resend' }
  /** The device is asked by our UUID before any re-send; only a definite `notFound` re-sends. */
  | { mode: 'lookup'; lookup(uuid: string, request: StoredRequest): Promise<LookupOutcome> };

/**
 * A started driver: what the journal and the services need of a device. The journal never
 * rebuilds a request; it only calls `send` with what it stored.
 */
export interface FiscalDriver {
  /**
   * `parents` turns a parent's journal UUID into what this device knows it by. `journaledAt` is
   * the journal's commit time of the document, where the device's bytes carry a date of their
   * own (an offline receipt): built into the bytes, so a re-send never changes them.
   */
  build(doc: FiscalDocument, uuid: string, parents: ParentLookup, journaledAt?: Date): StoredRequest;
  send(request: StoredRequest): Promise<SendOutcome>;
  recovery: Recovery;
  /** Present exactly when the capabilities say `asyncCompletion`: how an accepted document is polled. */
  completion?: AsyncCompletion;
  /** Not documents: no UUID, nothing to re-send. The journal records them as events. */
  openShift(cashierName: string, openingFloat: number): Promise<DeviceOutcome<null>>;
  shiftStatus(): Promise<DeviceOutcome<ShiftStatus>>;
  xReport(cashierName: string): Promise<DeviceOutcome<ShiftReport>>;
  periodicReport(from: Date, to: Date): Promise<DeviceOutcome<PeriodicReport>>;
  controlTape(): Promise<DeviceOutcome<ControlTape>>;
  info(): Promise<DeviceOutcome<DeviceInfo>>;
  printLast(): Promise<DeviceOutcome<null>>;
  /**
   * Present where the device prints nothing itself (capabilities `printsItself` false): a
   * fiscalised receipt for the app's printer, `columns` wide, from the device and the journal's
   * stored answer (`storedAnswer`, for when the device cannot be reached). Null for a document
   * that is no receipt, or not fiscalised. Never throws. `offline`: the document was made
   * offline and not yet answered (it carries a reserved fiscal code, see OfflineControl): the
   * customer's paper comes now, from the journal's own document, marked provisional.
   */
  printable?(uuid: string, storedAnswer: string | null, columns: number, offline?: OfflineDocument): Promise<PrintableReceipt | null>;
  /**
   * The fiscal service's own PDF of a receipt it has answered (Checkbox GET /receipts/{id}/pdf),
   * for the system printer of a browser: null where the service cannot give it now (unreachable,
   * a bad file), and the app lays the receipt out itself. Never throws.
   */
  servicePdf?(uuid: string): Promise<Buffer | null>;
  openDrawer(): Promise<DeviceOutcome<null>>;
  /** Frees what the driver holds (connections, timers); the device itself is not told. */
  close(): Promise<void>;
  /** Present exactly when the device can sell offline (Checkbox): its mode, budget and the manager's switch. */
  offline?: OfflineControl;
}

/**
 * A device that keeps selling while its service is unreachable, within the law's offline limits.
 * The journal takes new documents while earlier ones are unknown only while `selling()` is true:
 * those are built offline, with fiscal codes of their own, and go out in journal order later.
 */
export interface OfflineControl {
  selling(): boolean;
  /**
   * The device's refusal of a document kind it cannot take while it sells offline (a cash
   * movement or a Z report between offline receipts), explained for the cashier; undefined when
   * it takes it. Asked before anything is journaled.
   */
  waits(kind: DocumentKind): DeviceRefusal | undefined;
  /** The reserved fiscal code a journaled document carries (or will go out with) offline: the customer's receipt is complete with it. */
  codeOf(uuid: string, request: StoredRequest): string | undefined;
  status(): Promise<OfflineStatus>;
  /** The manager's choice; refused past the 36-hour or 168-hour limit, or without reserved codes. */
  goOffline(): Promise<DeviceOutcome<OfflineStatus>>;
  goOnline(): Promise<DeviceOutcome<OfflineStatus>>;
}

/** A document journaled and made offline, not yet answered: what its paper is printed from. */
export interface OfflineDocument {
  document: FiscalDocument;
  request: StoredRequest;
  /** The reserved fiscal code it carries (OfflineControl.codeOf). */
  fiscalCode: string;
  /** The journal's commit time, ISO 8601: the receipt's offline fiscal date. */
  journaledAt: string;
}

export interface DriverContext {
  logger: Logger;
  /** The driver's memory across restarts, in the app's database (driver-state.ts). */
  state?: DriverState;
  /** The driver's answer timeout (for card payments, minutes). */
  answerTimeoutMs?: number;
}

/** A request for a document as the training device received it: a lookup by our UUID, or the document itself. */
export interface TrainingRequest {
  uuid: string;
  lookup: boolean;
  /** The bytes as they arrived (with whatever the driver adds at send time). */
  body: string;
}

/**
 * Faults a training device stages on request, in neutral terms, so one conformance suite
 * (./conformance) can test every driver's recovery against its own device.
 */
export interface TrainingFaults {
  /**
   * The next request for a document of `kind` loses its answer: `beforeCommit`, the connection
   * closes before the device reads it (nothing is done); `afterCommit`, the device commits it first.
   */
  dropAnswer(kind: DocumentKind, when: 'beforeCommit' | 'afterCommit'): void;
  /** The document requests received (documents and lookups), oldest first. */
  received(): readonly TrainingRequest[];
}

/** What the crash torture makes a training device do at random: lose or spoil its answers. */
export type TortureFault = 'dropBeforeCommit' | 'dropAfterCommit' | 'answerTimeout' | 'http500' | 'garbage' | 'empty';

/** A fiscal document in a training device's memory, for the torture to compare with the journal. */
export interface FiscalisedDocument {
  uuid: string;
  /** As the driver's DocumentResult names it. */
  documentId: string;
  /** The bytes as the journal stored them: what the driver added at send time is taken off again. */
  body: string;
}

/**
 * Faults at random rates and the device's whole fiscal memory, so the crash torture
 * (`npm run torture -- --device <kind>`) can drive any training device that offers them.
 */
export interface TortureHooks {
  setFaultRates(rates: Partial<Record<TortureFault, number>>, kinds: readonly DocumentKind[]): void;
  clearFaults(): void;
  /** How many of each fault were injected so far. */
  injected(): Record<string, number>;
  /** Every fiscal document in memory, copies included, oldest first; no shift events. */
  fiscalised(): FiscalisedDocument[];
  /**
   * What the device saw break its recovery rule, in words (a `lookup` device: a document sent
   * again without a lookup before it); absent where the device has no rule to watch.
   */
  protocolProblems?(): string[];
}

/** A training device running on loopback: how the driver reaches it, and its fault switches where it has them. */
export interface RunningTraining<Config, Secrets> {
  /** Where it listens (http://127.0.0.1:<port>/…): what a device list shows of it. */
  url: string;
  config: Config;
  secrets: Secrets;
  close(): Promise<void>;
  faults?: TrainingFaults;
  torture?: TortureHooks;
}

export interface TrainingOptions {
  /** Seeds the device's random faults, so a torture run can be repeated. */
  random?: () => number;
}

/** A device the app runs itself on loopback, its fiscal memory in the data folder. */
export interface TrainingDevice<Config, Secrets> {
  /** The file in the data folder that keeps its fiscal memory across restarts. */
  memoryFile: string;
  start(memoryPath: string, options?: TrainingOptions): Promise<RunningTraining<Config, Secrets>>;
}

/**
 * A fiscal system as the app knows it: one per `DeviceKind`, registered in ./registry.ts.
 * `Config` is what the settings store as JSON; `Secrets` are the fields sealed one by one.
 */
export interface DriverDescriptor<Config = unknown, Secrets extends Record<string, string> = Record<string, string>> {
  kind: DeviceKind;
  config: z.ZodType<Config>;
  secrets: z.ZodType<Secrets>;
  /** Names of the fields of `secrets`, for the settings form and the sealing. */
  secretFields: readonly (keyof Secrets & string)[];
  settingsForm: readonly SettingsField[];
  capabilities: DeviceCapabilities;
  start(config: Config, secrets: Secrets, context: DriverContext): Promise<FiscalDriver>;
  /** The installer's checks, one step at a time, stopping at the first that makes the rest meaningless. */
  doctor(config: Config, secrets: Secrets): Promise<DoctorCheck[]>;
  /**
   * The cashier's explanation of a refusal the device gave, or null when it is for the manager or
   * support (who then read the device's own text). `deviceText` lets a driver match refusals real
   * devices word alike but number differently.
   */
  explain(code: string, deviceText?: string): CashierExplanation | null;
  /** Finds the system's devices in the given IPv4 ranges, where it can be found at all. */
  discover?(ranges: readonly string[], onProgress: (progress: DiscoveryProgress) => void): Promise<DiscoveredDevice[]>;
  training?: TrainingDevice<Config, Secrets>;
}

export interface DiscoveryProgress {
  scanned: number;
  total: number;
  found: number;
}

export interface DiscoveredDevice {
  url: string;
  host: string;
  info: DeviceInfo;
  /** What its settings form may start with, by field name; a secret here is only offered, never filled in. */
  settings?: Record<string, string>;
}

/** A refusal rebuilt from what the journal kept of it (its code and the device's words). */
export function storedRefusal(descriptor: Pick<DriverDescriptor, 'kind' | 'explain'>, code: string, deviceText: string): DeviceRefusal {
  return { system: descriptor.kind, code, deviceText, cashier: descriptor.explain(code, deviceText) };
}

/**
 * A descriptor as the registry holds it, its config types erased: every use parses the stored
 * config and secrets with the descriptor's own schemas before `start` or `doctor` sees them.
 */
export function registered<Config, Secrets extends Record<string, string>>(descriptor: DriverDescriptor<Config, Secrets>): DriverDescriptor {
  return descriptor as unknown as DriverDescriptor;
}
