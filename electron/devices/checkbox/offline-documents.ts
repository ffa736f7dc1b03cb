import { checkboxCashierExplanation } from '../../../shared/devices/checkbox/error-keys';
import type { DeviceOutcome, LookupOutcome, PollOutcome, SendOutcome, StoredRequest } from '../driver';
import { ReceiptAnswer } from './answers';
import type { CheckboxClient } from './client';
import type { CheckboxDocuments } from './documents';
import type { CheckboxOffline } from './offline';
import type { CheckboxOfflineMode, OfflineRefusalCode } from './offline-mode';
import { notDone } from './outcome';
import { receiptOutcome } from './receipt-results';

type Failed = Exclude<SendOutcome, { kind: 'done' | 'accepted' }>;

function receiptIdOf(body: string): string {
  return (JSON.parse(body) as { id: string }).id;
}

/** The driver's refusal to go offline, explained to the manager in their language. */
export function offlineRefusal(code: OfflineRefusalCode, text: string): Extract<DeviceOutcome<never>, { kind: 'rejected' }> {
  return { kind: 'rejected', raw: '', refusal: { system: 'checkbox', code, deviceText: text, cashier: checkboxCashierExplanation(code) } };
}

/** A receipt made offline is done as the service answers it, flagged provisional until delivered. */
function provisional(outcome: SendOutcome): SendOutcome {
  return outcome.kind === 'done' && outcome.value?.provisional ? { ...outcome, provisional: true } : outcome;
}

/**
 * Sends documents in the register's right mode, at the head of the journal's queue, so the
 * service sees go-offline, the offline receipts and go-online in journal order (SEED:3, 547):
 * - `sell-offline` bytes (built offline: code and date inside) go out with POST
 *   /receipts/sell-offline, after go-offline dated by the first of them when the register is not
 *   offline yet; re-sent unchanged, and a repeated id is looked up ("id вже існує").
 * - a receipt built online whose answer was lost before the driver went offline is looked up by
 *   its id first: found, it is settled by what the service did; not found, it goes out offline
 *   with its own id, its commit time and a code (kept for its re-sends), never as a second receipt.
 * - everything else goes out online, after go-online when the register is still offline: the
 *   service delivers the offline receipts to the tax service first.
 */
export class CheckboxOfflineDocuments {
  constructor(
    private readonly client: CheckboxClient,
    private readonly offline: CheckboxOffline,
    private readonly mode: CheckboxOfflineMode,
    private readonly documents: CheckboxDocuments,
    private readonly intervalMs: number,
  ) {}

  async send(request: StoredRequest): Promise<SendOutcome> {
    if (request.operation === 'sell-offline') return this.sendOffline(request.body);
    const uuid = request.operation === 'sell' ? receiptIdOf(request.body) : undefined;
    if (uuid && this.mode.isOffline) {
      const converted = await this.sendConverted(uuid, request);
      if (converted) return converted;
    }
    const online = await this.ensureOnline();
    if (online) return online;
    const outcome = await this.documents.send(request);
    this.afterOnline(uuid, outcome);
    return outcome;
  }

  async poll(uuid: string, request: StoredRequest): Promise<PollOutcome> {
    const polled = await this.documents.poll(uuid, request);
    if (polled.kind === 'found') this.afterOnline(request.operation === 'sell' || request.operation === 'service' ? uuid : undefined, polled.outcome);
    return polled.kind === 'found' ? { kind: 'found', outcome: provisional(polled.outcome) as typeof polled.outcome } : polled;
  }

  /**
   * Recovery's question by id (drivers/checkbox.md §2), offline receipts included. A service that
   * stops answering lookups too takes the driver offline, so new sales need not wait on it; an
   * answer does not bring it back online: the send that follows a 404 must still meet the mode
   * the queued offline receipts were built in (their go-offline date comes first). An offline
   * receipt found is one fewer queued.
   */
  async lookup(uuid: string, request: StoredRequest): Promise<LookupOutcome> {
    const found = await this.documents.lookup(uuid, request);
    if (found.kind === 'failed') {
      if (found.reason !== 'pending') this.mode.noteFailure(found.reason);
      return found;
    }
    if (found.kind === 'found' && request.operation === 'sell-offline') this.mode.answered(uuid, found.outcome.kind === 'done');
    // A receipt built online and found at the service will never go out offline: its kept commit time is let go.
    if (found.kind === 'found' && request.operation === 'sell') this.mode.settled(uuid);
    return found.kind === 'found' ? { kind: 'found', outcome: provisional(found.outcome) as typeof found.outcome } : found;
  }

  /**
   * Takes the register offline now, dated `at` (the manager's choice while the service answers).
   * Undefined when it is offline; otherwise what kept it online.
   */
  async ensureOffline(at: Date): Promise<Failed | undefined> {
    if (this.mode.cloudOffline) return undefined;
    // A code "used before" (SEED:589) is dropped and the next one tried, once.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const code = this.mode.takeCode();
      if (code === undefined) return offlineRefusal('no_offline_codes', 'no offline fiscal codes in hand');
      const reply = await this.offline.goOffline(at, code);
      if (reply.kind === 'ok' || (reply.kind === 'refused' && reply.code === 'already_offline')) {
        this.mode.cloudWentOffline(at);
        return undefined;
      }
      if (reply.kind === 'unknown') {
        this.mode.noteFailure(reply.reason);
        return notDone(reply);
      }
      if (reply.code !== 'offline_code_used') return notDone(reply);
    }
    return notDone({ kind: 'unknown', reason: 'invalid_answer', sent: true, detail: 'go-offline refused two codes as used before' });
  }

  /**
   * Brings the register back online: go-online, repeated until the register says so (SEED:234),
   * a bounded number of times; still offline, the document waits for the journal's next attempt.
   */
  async ensureOnline(): Promise<Failed | undefined> {
    if (!this.mode.cloudOffline) return undefined;
    for (let call = 0; call < this.mode.settings.goOnlineCalls; call += 1) {
      const reply = await this.offline.goOnline();
      if (reply.kind !== 'ok') {
        if (reply.kind === 'unknown') this.mode.noteFailure(reply.reason);
        return notDone(reply.kind === 'unknown' ? reply : { kind: 'unknown', reason: 'invalid_answer', sent: false, detail: `go-online refused: ${reply.text}`, raw: reply.raw });
      }
      const state = await this.offline.isOffline();
      if (state.kind === 'ok' && !state.value) {
        this.mode.cloudWentOnline(this.mode.now());
        return undefined;
      }
      if (this.intervalMs > 0) await new Promise((resolve) => setTimeout(resolve, this.intervalMs));
    }
    return { kind: 'unknown', reason: 'pending', sent: false, detail: 'the register is still delivering its offline receipts to the tax service' };
  }

  private async sendOffline(body: string, converted = false): Promise<SendOutcome> {
    const { fiscal_date: date } = JSON.parse(body) as { fiscal_date: string };
    const uuid = receiptIdOf(body);
    const offline = await this.ensureOffline(new Date(date));
    if (offline) return offline;
    const reply = await this.client.call('POST', '/receipts/sell-offline', ReceiptAnswer, { body });
    let outcome: SendOutcome;
    if (reply.kind === 'ok') outcome = receiptOutcome(reply.value, reply.raw, false);
    else if (reply.kind === 'refused' && reply.code === 'duplicate_id') outcome = await this.lookUp(uuid);
    else outcome = notDone(reply);
    if (outcome.kind === 'unknown') {
      this.mode.noteFailure(outcome.reason);
      return outcome;
    }
    this.mode.noteAnswer();
    const wasLast = this.mode.answered(uuid, outcome.kind === 'done');
    // The last offline receipt queued is sent and new ones are built online: back online now, so the service delivers them.
    if ((wasLast || converted) && !this.mode.isOffline && this.mode.queued === 0) await this.ensureOnline();
    return provisional(outcome);
  }

  /** A receipt built online, met again while offline: the service is asked by its id before anything is sent. */
  private async sendConverted(uuid: string, request: StoredRequest): Promise<SendOutcome | undefined> {
    const found = await this.client.call('GET', `/receipts/${uuid}`, ReceiptAnswer);
    if (found.kind === 'ok') {
      this.mode.noteAnswer();
      const outcome = receiptOutcome(found.value, found.raw, true);
      this.afterOnline(uuid, outcome);
      return provisional(outcome);
    }
    if (found.kind === 'unknown') {
      this.mode.noteFailure(found.reason);
      return notDone(found);
    }
    if (found.code !== 'not_found') return notDone(found);
    const fields = this.mode.convert(uuid);
    // No codes left: it goes out online, as it was built.
    if (!fields) return undefined;
    return this.sendOffline(JSON.stringify({ ...(JSON.parse(request.body) as object), ...fields }), true);
  }

  private async lookUp(uuid: string): Promise<SendOutcome> {
    const found = await this.client.call('GET', `/receipts/${uuid}`, ReceiptAnswer);
    if (found.kind === 'ok') return receiptOutcome(found.value, found.raw, true);
    return notDone(found.kind === 'refused' ? { kind: 'unknown', reason: 'invalid_answer', sent: true, detail: `id exists, but its lookup was refused: ${found.text}`, raw: found.raw } : found);
  }

  private afterOnline(uuid: string | undefined, outcome: SendOutcome): void {
    if (outcome.kind === 'unknown') {
      this.mode.noteFailure(outcome.reason);
      return;
    }
    this.mode.noteAnswer();
    if (outcome.kind === 'accepted') return;
    if (uuid) this.mode.settled(uuid);
    if (outcome.kind === 'done' && !outcome.value?.provisional) this.mode.onlineDone();
  }
}
