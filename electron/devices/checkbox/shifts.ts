import { randomUUID } from 'node:crypto';
import type { ShiftStatus } from '../../../shared/fiscal/device-results';
import type { DeviceOutcome } from '../driver';
import { CurrentShiftAnswer, ReceiptAnswer, ShiftAnswer, SignatureAnswer } from './answers';
import type { CheckboxClient } from './client';
import type { Reply } from './errors';
import { notDone, outcomeOf, refusedBy } from './outcome';

export interface PollSchedule {
  /** Polls of a shift or receipt in a passing state before the answer is `unknown` (A1). */
  polls: number;
  /** Wait before each poll; the public clients poll every 0.75-1 s. */
  intervalMs: number;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `read` until `passing` says the state has settled, at most `schedule.polls` times. */
async function pollUntil<T>(schedule: PollSchedule, read: () => Promise<Reply<T>>, passing: (value: T) => boolean): Promise<Reply<T> | undefined> {
  for (let poll = 0; poll < schedule.polls; poll += 1) {
    await wait(schedule.intervalMs);
    const reply = await read();
    if (reply.kind !== 'ok' || !passing(reply.value)) return reply;
  }
  return undefined;
}

/**
 * Shift opening and the shift's state. Opening is an event, not a journal document, so the driver
 * follows it to the end itself: POST /shifts with a UUID of ours (a lost answer is settled by
 * GET /shifts/{id}, never by a second POST), poll until OPENED, then the opening float as a
 * SERVICE_IN receipt.
 */
export class CheckboxShifts {
  /** The shift in progress as last seen, for the Z report's request. */
  currentId: string | undefined;

  constructor(
    private readonly client: CheckboxClient,
    private readonly schedule: PollSchedule,
  ) {}

  async open(openingFloat: number): Promise<DeviceOutcome<null>> {
    const signer = await this.client.call('GET', '/cashier/check-signature', SignatureAnswer);
    if (signer.kind !== 'ok') return notDone(signer);
    if (!signer.value.online) return notDone({ kind: 'refused', status: 400, code: 'signer_down', group: 'business', text: 'CheckBox Підпис неактивний, запустіть його, будь ласка', raw: signer.raw });
    const id = randomUUID();
    let created: Reply<ShiftAnswer> = await this.client.call('POST', '/shifts', ShiftAnswer, { body: JSON.stringify({ id }), license: true });
    if (created.kind === 'unknown') {
      // The answer was lost: our id tells whether the shift exists.
      const found = await this.client.call('GET', `/shifts/${id}`, ShiftAnswer);
      if (found.kind !== 'ok') return notDone(found.kind === 'refused' && found.code === 'not_found' ? { ...created, detail: `${created.detail}; shift ${id} not created` } : found);
      created = found;
    }
    if (created.kind !== 'ok') return notDone(created);
    const opened = created.value.status === 'CREATED' || created.value.status === 'OPENING' ? await pollUntil(this.schedule, () => this.client.call('GET', `/shifts/${id}`, ShiftAnswer), (s) => s.status === 'CREATED' || s.status === 'OPENING') : created;
    if (!opened) return { kind: 'unknown', reason: 'pending', sent: true, detail: `shift ${id} not OPENED after ${this.schedule.polls} polls` };
    if (opened.kind !== 'ok') return notDone(opened);
    if (opened.value.status !== 'OPENED') return refusedBy('fiscalisation_failed', opened.value.initial_transaction?.response_error_message ?? `shift ${opened.value.status}`, opened.raw);
    this.currentId = id;
    return openingFloat > 0 ? this.bookFloat(id, openingFloat) : { kind: 'done', value: null, duplicate: false, raw: opened.raw };
  }

  /**
   * The opening float: a SERVICE_IN receipt of its own once the shift is OPENED, followed to DONE.
   * It is named by the shift's UUID: part of the opening, not a journal document, and found by it.
   */
  private async bookFloat(id: string, sum: number): Promise<DeviceOutcome<null>> {
    const sent = await this.client.call('POST', '/receipts/service', ReceiptAnswer, { body: JSON.stringify({ id, payment: { type: 'CASH', value: sum, label: 'Готівка' } }) });
    if (sent.kind !== 'ok') return notDone(sent);
    const done = sent.value.status === 'CREATED' ? await pollUntil(this.schedule, () => this.client.call('GET', `/receipts/${id}`, ReceiptAnswer), (r) => r.status === 'CREATED') : sent;
    if (!done) return { kind: 'unknown', reason: 'pending', sent: true, detail: `opening float ${id} not DONE after ${this.schedule.polls} polls` };
    if (done.kind !== 'ok') return notDone(done);
    if (done.value.status !== 'DONE') return refusedBy('fiscalisation_failed', done.value.transaction?.response_error_message ?? `opening float ${done.value.status}`, done.raw);
    return { kind: 'done', value: null, duplicate: false, raw: done.raw };
  }

  /** The cashier's shift: JSON null when there is none. Only an OPENED shift takes receipts. */
  async status(): Promise<DeviceOutcome<ShiftStatus>> {
    const reply = await this.client.call('GET', '/cashier/shift', CurrentShiftAnswer);
    if (reply.kind === 'ok') this.currentId = reply.value?.id;
    return outcomeOf(reply, (shift) => (shift?.status === 'OPENED' ? { open: true, ...(shift.opened_at ? { openedAt: shift.opened_at } : {}) } : { open: false }));
  }
}
