import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { DeviceOutcome } from '../driver';
import type { DriverState } from '../driver-state';
import { ShiftAnswer } from './answers';
import type { CheckboxClient } from './client';
import type { Reply } from './errors';
import type { CheckboxOfflineDocuments } from './offline-documents';
import { offlineRefusal } from './offline-documents';
import type { CheckboxOfflineMode } from './offline-mode';
import { notDone, refusedBy } from './outcome';

const openingKey = 'checkbox.offlineShiftOpening';
/** The opening's bytes as first sent: our id, the offline code and the date, kept before they leave. */
const Opening = z.object({ id: z.uuid(), fiscal_code: z.string().min(1), fiscal_date: z.iso.datetime({ offset: true }) });
type Opening = z.infer<typeof Opening>;

/**
 * A shift opened while offline (SEED ~636): go-offline first, then POST /shifts with our id, an
 * unused offline code and a date never before the last offline date given. The opening is kept
 * in the driver's state before it is sent, so a lost answer or a restart sends the same bytes
 * again after asking for our id (never a second shift, never a code twice). The shift is open
 * at once; the service delivers its opening with the offline receipts when back online.
 */
export class CheckboxOfflineShift {
  constructor(
    private readonly client: CheckboxClient,
    private readonly state: DriverState,
    private readonly mode: CheckboxOfflineMode,
    private readonly documents: CheckboxOfflineDocuments,
  ) {}

  /** An opening sent before whose fate is not known yet. */
  get pending(): Opening | undefined {
    const stored = Opening.safeParse(this.state.read(openingKey));
    return stored.success ? stored.data : undefined;
  }

  /**
   * Settles an opening sent before: found at the service, it is the shift; not found while
   * online again, it is let go (its code was never used, and is not given again), undefined.
   */
  async settleOnline(): Promise<DeviceOutcome<string> | undefined> {
    const opening = this.pending;
    if (!opening) return undefined;
    const found = await this.client.call('GET', `/shifts/${opening.id}`, ShiftAnswer);
    if (found.kind === 'refused' && found.code === 'not_found') {
      this.state.write({}, [openingKey]);
      return undefined;
    }
    return this.settled(opening, found);
  }

  /** Opens the shift offline, or settles the opening sent before; the shift's id when done. */
  async open(): Promise<DeviceOutcome<string>> {
    let opening = this.pending;
    const fresh = !opening;
    if (!opening) {
      const fields = this.mode.transactionFields();
      if (!fields) return offlineRefusal('no_offline_codes', 'no offline fiscal codes in hand');
      opening = { id: randomUUID(), ...fields };
      // Kept before the request leaves: after a crash the same id, code and date go out, or are found.
      this.state.write({ [openingKey]: opening });
    }
    const offline = await this.documents.ensureOffline(new Date(opening.fiscal_date));
    if (offline) return offline;
    // A re-send asks for our id first (drivers/checkbox.md §2): POST only when the service has no such shift.
    let reply: Reply<ShiftAnswer> | undefined = fresh ? undefined : await this.client.call('GET', `/shifts/${opening.id}`, ShiftAnswer);
    if (!reply || (reply.kind === 'refused' && reply.code === 'not_found')) {
      reply = await this.client.call('POST', '/shifts', ShiftAnswer, { body: JSON.stringify(opening), license: true });
      // A refusal may be of an id the service has (an answer lost before): asked by our id, the shift is found, its fate stays unknown, or the refusal stands.
      if (reply.kind === 'refused') {
        const found = await this.client.call('GET', `/shifts/${opening.id}`, ShiftAnswer);
        if (found.kind !== 'refused') reply = found;
      }
    }
    return this.settled(opening, reply);
  }

  private settled(opening: Opening, reply: Reply<ShiftAnswer>): DeviceOutcome<string> {
    if (reply.kind === 'unknown') {
      this.mode.noteFailure(reply.reason);
      return notDone(reply);
    }
    // Refused, nothing was opened: its code is let go with it, never given again.
    if (reply.kind !== 'ok') {
      this.state.write({}, [openingKey]);
      return notDone(reply);
    }
    if (reply.value.status === 'CREATED' || reply.value.status === 'OPENING') return { kind: 'unknown', reason: 'pending', sent: true, detail: `offline shift ${opening.id} ${reply.value.status}` };
    this.state.write({}, [openingKey]);
    if (reply.value.status !== 'OPENED') return refusedBy('fiscalisation_failed', `shift ${reply.value.status}`, reply.raw);
    return { kind: 'done', value: opening.id, duplicate: false, provisional: true, raw: reply.raw };
  }
}
