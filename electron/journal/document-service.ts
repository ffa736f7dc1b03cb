import { randomUUID } from 'node:crypto';
import { missingForDocument, type CapabilityNeed } from '../../shared/devices/capability-need';
import type { DeviceCapabilities } from '../../shared/devices/capabilities';
import type { DeviceRefusal } from '../../shared/devices/refusal';
import { documentTotal } from '../../shared/fiscal/document-total';
import { FiscalDocument } from '../../shared/fiscal/documents';
import type { FlowRefusal } from '../../shared/flows/problems';
import { UnmappableError, type FiscalDriver, type StoredRequest } from '../devices/driver';
import { flowRefusal } from './flow-guard';
import type { Journal, JournalEntry } from './journal';
import { journalParents } from './parents';
import type { DeviceSender } from './sender';

/** A quarantined document holds back this device's queue: a new one could not go out before the manager decides. */
export class JournalBlockedError extends Error {
  constructor(readonly quarantined: string) {
    super(`Quarantined document ${quarantined} holds back this device's queue`);
  }
}

/** The active device cannot take this document (its kind, a tender or a refund type). */
export class NotSupportedError extends Error {
  constructor(readonly capability: CapabilityNeed) {
    super(`The device cannot do ${capability}`);
  }
}

/** The device sells offline and cannot take this document until it is back online; nothing was journaled. */
export class OfflineWaitError extends Error {
  constructor(readonly refusal: DeviceRefusal) {
    super(`The device is offline: ${refusal.code}`);
  }
}

/** The journal's flows refuse the document: an overpaid credit, a spent advance, an unknown parent... */
export class FlowRefusedError extends Error {
  constructor(readonly refusal: FlowRefusal) {
    super(`The journal refuses this document: ${refusal.problem}`);
  }
}

export class JournalBusyError extends Error {
  constructor(readonly unsettled: number) {
    super(`${unsettled} earlier documents of this device are not settled yet`);
  }
}

/**
 * Fiscal documents go through here, and only here: a UUID once, journaled and committed, then
 * the device's queue. A refused document stays refused; trying again is a new document.
 */
export class DocumentService {
  constructor(
    private readonly journal: Journal,
    private readonly deviceId: string,
    private readonly driver: FiscalDriver,
    private readonly sender: DeviceSender,
    /** The device's effective capabilities, read at each submit: a manager's switch applies at once. */
    private readonly capabilities: () => DeviceCapabilities | null,
    private readonly now: () => Date,
  ) {}

  /**
   * Journals and sends a document. Resolves when the device has settled it, or after `waitMs`
   * with the document still pending, sending or unknown; the journal goes on with it either way.
   * Refused while documents from before are unknown: the cashier waits for recovery first.
   */
  async submit(input: FiscalDocument, waitMs: number): Promise<JournalEntry> {
    return (await this.submitParsed(FiscalDocument.parse(input), waitMs)).entry;
  }

  /**
   * `submit` for a document the boundary has parsed already (the dispatcher, by the channel's
   * schema): the sale path parses a document once on the way in. Gives back the document as
   * journaled, so the answer is built without parsing the stored copy again.
   */
  async submitParsed(parsed: FiscalDocument, waitMs: number): Promise<{ entry: JournalEntry; document: FiscalDocument }> {
    // Every caller (the counter, the Z report, the torture) meets the same checks, in this order,
    // and they run with the journaling in one synchronous stretch: no document slips in between.
    const capabilities = this.capabilities();
    const missing = missingForDocument(capabilities, parsed);
    if (missing || !capabilities) throw new NotSupportedError(missing ?? `document.${parsed.kind}`);
    // The journal keeps the currency with the document: a report or an export never guesses it.
    const document: FiscalDocument = { ...parsed, currency: capabilities.currency };
    const refusal = flowRefusal(this.journal, this.deviceId, document, this.now());
    if (refusal) throw new FlowRefusedError(refusal);
    const waits = this.driver.offline?.waits(document.kind);
    if (waits) throw new OfflineWaitError(waits);
    const quarantined = this.journal.blockedBy(this.deviceId);
    if (quarantined) throw new JournalBlockedError(quarantined);
    // A device selling offline builds each new document with its own offline code: nothing waits on the unknown ones.
    if (this.journal.unknownCount(this.deviceId) > 0 && !this.driver.offline?.selling()) throw new JournalBusyError(this.journal.unsettledCount(this.deviceId));
    const uuid = randomUUID();
    // One instant for the bytes and the row: an offline receipt's date is the journal's commit time.
    const journaledAt = this.now();
    const request = this.build(document, uuid, journaledAt);
    const entry = this.journal.record({ uuid, deviceId: this.deviceId, document, request, total: documentTotal(document), journaledAt }, this.sender.idle);
    const settled = this.sender.settled(entry.id);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), waitMs)));
    const result = await Promise.race([settled, timeout]);
    clearTimeout(timer);
    return { entry: result ?? this.journal.get(entry.id)!, document };
  }

  /** The device's bytes for the document; what its mapping cannot take is refused like a missing capability. */
  private build(document: FiscalDocument, uuid: string, journaledAt: Date): StoredRequest {
    try {
      return this.driver.build(document, uuid, journalParents(this.journal, this.deviceId), journaledAt);
    } catch (error) {
      if (error instanceof UnmappableError) throw new NotSupportedError(error.need);
      throw error;
    }
  }
}
