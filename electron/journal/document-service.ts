import { randomUUID } from 'node:crypto';
import { documentTotal } from '../../shared/fiscal/document-total';
import { FiscalDocument } from '../../shared/fiscal/documents';
import type { FiscalDriver } from '../devices/driver';
import type { Journal, JournalEntry } from './journal';
import { journalParents } from './parents';
import type { DeviceSender } from './sender';

/** A quarantined document holds back this device's queue: a new one could not go out before the manager decides. */
export class JournalBlockedError extends Error {
  constructor(readonly quarantined: string) {
    super(`Quarantined document ${quarantined} holds back this device's queue`);
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
  ) {}

  /**
   * Journals and sends a document. Resolves when the device has settled it, or after `waitMs`
   * with the document still pending, sending or unknown; the journal goes on with it either way.
   * Refused while documents from before are unknown: the cashier waits for recovery first.
   */
  async submit(input: FiscalDocument, waitMs: number): Promise<JournalEntry> {
    const document = FiscalDocument.parse(input);
    const quarantined = this.journal.blockedBy(this.deviceId);
    if (quarantined) throw new JournalBlockedError(quarantined);
    if (this.journal.unknownCount(this.deviceId) > 0) throw new JournalBusyError(this.journal.unsettledCount(this.deviceId));
    const uuid = randomUUID();
    const request = this.driver.build(document, uuid, journalParents(this.journal, this.deviceId));
    const entry = this.journal.record({ uuid, deviceId: this.deviceId, document, request, total: documentTotal(document) }, this.sender.idle);
    const settled = this.sender.settled(entry.id);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), waitMs)));
    const result = await Promise.race([settled, timeout]);
    clearTimeout(timer);
    return result ?? this.journal.get(entry.id)!;
  }
}
