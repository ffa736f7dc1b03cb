import { checkboxCashierExplanation } from '../../../shared/devices/checkbox/error-keys';
import type { DeviceOutcome } from '../driver';
import type { Reply } from './errors';

type NotDone = Exclude<Reply<never>, { kind: 'ok' }>;

/** A refusal or a missing answer in neutral terms: the key as the code, explained where the cashier can act. */
export function notDone(reply: NotDone): Extract<DeviceOutcome<never>, { kind: 'rejected' | 'unknown' }> {
  if (reply.kind === 'unknown') return { kind: 'unknown', reason: reply.reason, sent: reply.sent, detail: reply.detail, ...(reply.raw === undefined ? {} : { raw: reply.raw }) };
  return { kind: 'rejected', raw: reply.raw, refusal: { system: 'checkbox', code: reply.code, deviceText: reply.text, cashier: checkboxCashierExplanation(reply.code) } };
}

/** The driver's own refusal (a state the service reported, or an operation it does not have). */
export function refusedBy(code: 'fiscalisation_failed' | 'not_supported', text: string, raw = ''): Extract<DeviceOutcome<never>, { kind: 'rejected' }> {
  return { kind: 'rejected', raw, refusal: { system: 'checkbox', code, deviceText: text, cashier: checkboxCashierExplanation(code) } };
}

/** Any outcome of a call whose answer the caller turns into a value. */
export function outcomeOf<T, V>(reply: Reply<T>, value: (answer: T) => V): DeviceOutcome<V> {
  return reply.kind === 'ok' ? { kind: 'done', value: value(reply.value), duplicate: false, raw: reply.raw } : notDone(reply);
}
