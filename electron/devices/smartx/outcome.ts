import { smartxCashierExplanation } from '../../../shared/devices/smartx/error-keys';
import type { DocumentResult } from '../../../shared/fiscal/device-results';
import type { DeviceOutcome, DeviceRefusal, LookupOutcome } from '../driver';
import { BaseResponse, OperationResponse } from './answers';
import type { Reply } from './client';
import { resultCodeTexts, successCode } from './result-codes';
import { parseMoney } from './wire-numbers';

export type Unknown = Extract<DeviceOutcome<never>, { kind: 'unknown' }>;

export function refusal(code: number, message: string | null | undefined): DeviceRefusal {
  const text = String(code);
  return { system: 'smartx', code: text, deviceText: message?.trim() || resultCodeTexts[code] || `resultCode ${code}`, cashier: smartxCashierExplanation(text) };
}

export function unknownOf(reply: Extract<Reply, { kind: 'unreadable' }>): Unknown {
  return { kind: 'unknown', reason: reply.reason, sent: reply.sent, detail: reply.detail, ...(reply.raw === undefined ? {} : { raw: reply.raw }) };
}

function invalid(raw: string, detail: string): Unknown {
  return { kind: 'unknown', reason: 'invalid_answer', sent: true, detail: detail.slice(0, 400), raw: raw.slice(0, 2000) };
}

/**
 * Any operation's answer: a readable BaseResponse with 200 is read by `read`, one with another
 * code is the register's refusal (whatever the HTTP status), anything else tells nothing.
 */
export function outcomeOf<T>(reply: Reply, read: (answer: BaseResponse, json: unknown) => T | null): DeviceOutcome<T> {
  if (reply.kind === 'unreadable') return unknownOf(reply);
  const parsed = BaseResponse.safeParse(reply.json);
  if (!parsed.success) {
    // An empty 401 twice (after one new AUTH): the register refused us, not the document.
    if (reply.status === 401 && reply.json === null) return { kind: 'rejected', refusal: refusal(401, null), raw: reply.raw };
    return invalid(reply.raw, parsed.error.message);
  }
  const answer = parsed.data;
  if (answer.resultCode !== successCode) return { kind: 'rejected', refusal: refusal(answer.resultCode, answer.messageDetail), raw: reply.raw };
  const value = read(answer, reply.json);
  if (value === null) return invalid(reply.raw, 'a success answer without the fields this operation needs');
  return { kind: 'done', value, duplicate: false, raw: reply.raw };
}

/** The fiscal document a success answer names; its fiscal UID is our documentId, as the lookup gives it. */
export function documentResult(answer: BaseResponse): DocumentResult | null {
  const documentId = answer.uid?.trim();
  const documentNumber = Number(answer.numberCheck);
  if (!documentId || !Number.isSafeInteger(documentNumber)) return null;
  const total = answer.total === null || answer.total === undefined ? null : parseMoney(answer.total);
  return {
    documentId,
    documentNumber,
    ...(total === null ? {} : { total }),
    ...(answer.rrn ? { rrn: answer.rrn } : {}),
  };
}

/** A document's answer, with a print failure kept as a mark on a done document (spec §3). */
export function documentOutcome(reply: Reply, card: boolean): DeviceOutcome<DocumentResult> {
  const outcome = outcomeOf(reply, documentResult);
  if (outcome.kind === 'done' && reply.kind === 'answered' && BaseResponse.parse(reply.json).isPrintSuccess === false) return { ...outcome, printFailed: true };
  if (outcome.kind === 'rejected' && card && cardMayBeCharged(outcome.refusal.code)) {
    // The card may have been charged and the sale left unfinished on the register (CODES 410):
    // only the register's own record can tell, so the journal settles it by OPERATION_ID later.
    return { kind: 'unknown', reason: 'needs_cashier', sent: true, detail: `finish it on the register: ${outcome.refusal.code} ${outcome.refusal.deviceText}`, raw: outcome.raw };
  }
  return outcome;
}

function cardMayBeCharged(code: string): boolean {
  return code === '399' || code === '410';
}

/**
 * OPERATION_ID's answer (spec §3): a success found by our id settles the document; an id the
 * register holds nothing of is a definite "not found"; an attempt it holds unfinished (a card
 * sale charged and not fiscalised) or any unreadable answer is a failed lookup, so nothing is
 * sent again. `notFoundCodes` are the error codes the register answers an unknown id with (G).
 */
export function lookupOutcome(reply: Reply, operationId: string, notFoundCodes: readonly number[]): LookupOutcome {
  if (reply.kind === 'unreadable') return { kind: 'failed', reason: reply.reason, detail: reply.detail };
  const found = OperationResponse.safeParse(reply.json);
  if (found.success) {
    const { data } = found;
    if (data.operationId && data.operationId !== operationId) return { kind: 'failed', reason: 'invalid_answer', detail: `asked for ${operationId}, answered ${data.operationId}` };
    const uid = data.uid?.trim();
    if (!data.isSucceed) return uid ? { kind: 'failed', reason: 'unfinished_on_register', detail: `operation ${operationId} (${uid}) is not finished on the register` } : { kind: 'notFound' };
    const documentNumber = Number(data.header?.chequeNumber);
    const total = data.total === null || data.total === undefined ? null : parseMoney(data.total);
    if (!uid || !Number.isSafeInteger(documentNumber)) return { kind: 'failed', reason: 'invalid_answer', detail: 'a succeeded operation without its uid or cheque number' };
    const value: DocumentResult = { documentId: uid, documentNumber, ...(total === null ? {} : { total }) };
    return { kind: 'found', outcome: { kind: 'done', value, duplicate: true, raw: reply.raw } };
  }
  const error = BaseResponse.safeParse(reply.json);
  if (error.success && notFoundCodes.includes(error.data.resultCode)) return { kind: 'notFound' };
  const detail = error.success ? `resultCode ${error.data.resultCode}: ${error.data.messageDetail ?? ''}` : found.error.message.slice(0, 300);
  return { kind: 'failed', reason: 'invalid_answer', detail };
}
