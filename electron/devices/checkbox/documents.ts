import type { DocumentResult } from '../../../shared/fiscal/device-results';
import type { PollOutcome, SendOutcome, StoredRequest } from '../driver';
import { CurrentShiftAnswer, Page, ReceiptAnswer, ShiftAnswer } from './answers';
import type { CheckboxClient } from './client';
import { shiftIdOfOperation } from './mapping';
import type { Reply } from './errors';
import { notDone, refusedBy } from './outcome';
import { receiptOutcome } from './receipt-results';
import { shiftReportOf } from './report-mapping';

/** The receipt id our bytes carry: the journal UUID. */
function idOf(request: StoredRequest): string {
  return (JSON.parse(request.body) as { id: string }).id;
}

/** Every receipt of a shift, page by page. */
export async function shiftReceipts(client: CheckboxClient, shiftId: string): Promise<Reply<ReceiptAnswer[]>> {
  const all: ReceiptAnswer[] = [];
  const limit = 100;
  for (;;) {
    const page = await client.call('GET', '/receipts/search', Page(ReceiptAnswer), { query: { shift_id: shiftId, limit, offset: all.length } });
    if (page.kind !== 'ok') return page;
    all.push(...page.value.results);
    if (page.value.results.length < limit) return { ...page, value: all };
  }
}

/** A closed shift's Z report as the journal's result, with the document range from its receipts. */
async function zResult(client: CheckboxClient, shift: ShiftAnswer, raw: string, duplicate: boolean): Promise<SendOutcome> {
  if (!shift.z_report) return { kind: 'unknown', reason: 'invalid_answer', sent: true, detail: `shift ${shift.id} CLOSED without its z_report`, raw };
  const report = shift.z_report;
  const receipts = await shiftReceipts(client, shift.id);
  if (receipts.kind !== 'ok') return notDone(receipts);
  const value: DocumentResult = { documentId: report.id, documentNumber: report.serial, report: shiftReportOf(report, receipts.value) };
  return duplicate ? { kind: 'done', value, duplicate: true, raw } : { kind: 'done', value, duplicate: false, raw };
}

/**
 * A receipt or a Z report, sent and followed. Receipts: POST the stored bytes; a repeated id
 * ("Вказаний id чеку вже існує", the service's de-duplication) is looked up by that id and
 * settled as a duplicate. Z report: the shift it closes decides first (CLOSED: done before,
 * CLOSING: accepted), and only an OPENED shift is closed, so a lost answer never closes twice.
 */
export class CheckboxDocuments {
  constructor(private readonly client: CheckboxClient) {}

  async send(request: StoredRequest): Promise<SendOutcome> {
    if (request.operation === 'sell' || request.operation === 'service') return this.sendReceipt(request);
    return this.sendClose(request);
  }

  async poll(uuid: string, request: StoredRequest): Promise<PollOutcome> {
    if (request.operation === 'sell' || request.operation === 'sell-offline' || request.operation === 'service') {
      const reply = await this.client.call('GET', `/receipts/${uuid}`, ReceiptAnswer);
      if (reply.kind !== 'ok') return { kind: 'failed', reason: reply.kind === 'unknown' ? reply.reason : reply.code, detail: reply.kind === 'unknown' ? reply.detail : reply.text };
      return this.settled(receiptOutcome(reply.value, reply.raw, false));
    }
    const shiftId = shiftIdOfOperation(request.operation);
    if (!shiftId) return { kind: 'failed', reason: 'no_shift', detail: 'the Z report names no shift' };
    const reply = await this.client.call('GET', `/shifts/${shiftId}`, ShiftAnswer);
    if (reply.kind !== 'ok') return { kind: 'failed', reason: reply.kind === 'unknown' ? reply.reason : reply.code, detail: reply.kind === 'unknown' ? reply.detail : reply.text };
    const shift = reply.value;
    if (shift.status === 'CLOSED') return this.settled(await zResult(this.client, shift, reply.raw, false));
    if (shift.status === 'OPENED' && shift.closing_transaction?.status === 'ERROR') return this.settled(refusedBy('fiscalisation_failed', shift.closing_transaction.response_error_message ?? 'closing failed', reply.raw));
    return { kind: 'pending' };
  }

  private settled(outcome: SendOutcome): PollOutcome {
    switch (outcome.kind) {
      case 'done':
      case 'rejected':
        return { kind: 'found', outcome };
      case 'accepted':
        return { kind: 'pending' };
      case 'unknown':
        return { kind: 'failed', reason: outcome.reason, detail: outcome.detail };
    }
  }

  private async sendReceipt(request: StoredRequest): Promise<SendOutcome> {
    const path = request.operation === 'sell' ? '/receipts/sell' : '/receipts/service';
    const reply = await this.client.call('POST', path, ReceiptAnswer, { body: request.body });
    if (reply.kind === 'ok') return receiptOutcome(reply.value, reply.raw, false);
    if (reply.kind === 'refused' && reply.code === 'duplicate_id') {
      const found = await this.client.call('GET', `/receipts/${idOf(request)}`, ReceiptAnswer);
      return found.kind === 'ok' ? receiptOutcome(found.value, found.raw, true) : notDone(found.kind === 'refused' ? { kind: 'unknown', reason: 'invalid_answer', sent: true, detail: `id exists, but its lookup was refused: ${found.text}`, raw: found.raw } : found);
    }
    return notDone(reply);
  }

  private async sendClose(request: StoredRequest): Promise<SendOutcome> {
    let shiftId = shiftIdOfOperation(request.operation);
    if (!shiftId) {
      // Journaled before the driver knew the shift: the cashier's current one is the one to close.
      const current = await this.client.call('GET', '/cashier/shift', CurrentShiftAnswer);
      if (current.kind !== 'ok') return notDone(current);
      if (!current.value) return notDone({ kind: 'refused', status: 400, code: 'shift_not_open', group: 'business', text: 'Зміну не відкрито', raw: current.raw });
      shiftId = current.value.id;
    }
    const state = await this.client.call('GET', `/shifts/${shiftId}`, ShiftAnswer);
    if (state.kind !== 'ok') return notDone(state);
    switch (state.value.status) {
      case 'CLOSED':
        return zResult(this.client, state.value, state.raw, true);
      case 'CLOSING':
        return { kind: 'accepted', detail: `shift ${shiftId} CLOSING`, raw: state.raw };
      case 'CREATED':
      case 'OPENING':
        return { kind: 'unknown', reason: 'pending', sent: false, detail: `shift ${shiftId} is still ${state.value.status}`, raw: state.raw };
      case 'OPENED':
        break;
    }
    const closed = await this.client.call('POST', '/shifts/close', ShiftAnswer, { body: request.body });
    if (closed.kind !== 'ok') return notDone(closed);
    if (closed.value.status === 'CLOSED') return zResult(this.client, closed.value, closed.raw, false);
    return { kind: 'accepted', detail: `shift ${closed.value.id} ${closed.value.status}`, raw: closed.raw };
  }
}

