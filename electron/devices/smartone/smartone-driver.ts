import type { DocumentResult } from '../../../shared/fiscal/device-results';
import type { DeviceOutcome, FiscalDriver, LookupOutcome, StoredRequest } from '../driver';
import { StatusAnswer } from './answers';
import { outcomeOf, type Answer, type NoAnswer, type SmartOneClient } from './client';
import { formatDeviceDate } from './device-time';
import { buildSmartOneRequest, type MappingOptions } from './mapping';
import { readShiftReport } from './report-mapping';
import { readDocument, readInfo, readPeriodicReport, readShiftStatus, readZReport } from './results';
import { isDocumentRoute, type DocumentRoute } from './routes';

/**
 * Refused by the driver before anything is sent: `not_supported`, what the device cannot do over
 * this API (no route, or a body the documents do not show); `no_document`, nothing to copy.
 */
function refusedHere<T>(code: 'not_supported' | 'no_document', what: string): Promise<DeviceOutcome<T>> {
  return Promise.resolve({ kind: 'rejected', raw: '', refusal: { system: 'smartone', code, deviceText: `SmartOne: ${what}`, cashier: null } });
}

function routeOf(request: StoredRequest): DocumentRoute {
  if (!isDocumentRoute(request.operation)) throw new RangeError(`Not a SmartOne document route: ${request.operation}`);
  return request.operation;
}

const found = (value: DocumentResult | null, raw: string, printFailed?: boolean): LookupOutcome => ({
  kind: 'found',
  outcome: { kind: 'done', value, duplicate: true, raw, ...(printFailed ? { printFailed } : {}) },
});

/**
 * The running SmartOne driver: documents go out as stored, signed at send time; a lost answer is
 * settled by asking for our documentExtID (/check_status) or, for the Z report, the shift
 * (/check_shift) before anything is sent again.
 */
export function smartOneDriver(client: SmartOneClient, options: MappingOptions): FiscalDriver {
  /** /check_status by the documentExtID exactly as stored: done, still processing, or a definite "not found". */
  async function lookupDocument(request: StoredRequest): Promise<LookupOutcome> {
    const { documentExtID } = JSON.parse(request.body) as { documentExtID?: string | number };
    const reply = await client.call('check_status', JSON.stringify({ documentExtID }));
    if (reply.kind === 'unknown') return { kind: 'failed', reason: reply.reason, detail: reply.detail };
    switch (reply.meaning.kind) {
      case 'notFound':
        return { kind: 'notFound' };
      case 'ok': {
        const status = StatusAnswer.safeParse(reply.json);
        if (!status.success) return { kind: 'failed', reason: 'invalid_answer', detail: status.error.issues[0]?.message ?? '' };
        // docStatus 0 (open) or −1 (seen): the device is still at it; asking again later is all there is to do.
        if (status.data.docStatus !== 1) return { kind: 'failed', reason: 'processing', detail: `docStatus ${status.data.docStatus}` };
        return found(readDocument(reply.json), reply.raw);
      }
      case 'uncertain':
        return { kind: 'failed', reason: reply.meaning.reason, detail: `code ${reply.envelope.code}` };
      case 'refused':
        // A refused lookup (a bad signature, say) tells nothing about the document.
        return { kind: 'failed', reason: 'lookup_refused', detail: `code ${reply.meaning.code}: ${reply.envelope.message ?? ''}` };
    }
  }

  /**
   * The Z report has no idempotency (NEW-TF): a closed shift means it was done, and its figures
   * come from /x_report of that shift; a shift still open means the close never happened.
   */
  async function lookupClose(): Promise<LookupOutcome> {
    const shift = outcomeOf(await client.call('check_shift', '{}'), readShiftStatus);
    if (shift.kind !== 'done') return { kind: 'failed', reason: shift.kind === 'unknown' ? shift.reason : 'lookup_refused', detail: shift.kind === 'unknown' ? shift.detail : shift.refusal.code };
    if (shift.value.open) return { kind: 'notFound' };
    const report = outcomeOf(await client.call('x_report', JSON.stringify({ shiftID: shift.value.shiftId })), readZReport);
    return found(report.kind === 'done' ? report.value : null, report.kind === 'unknown' ? '' : report.raw);
  }

  async function lookup(_uuid: string, request: StoredRequest): Promise<LookupOutcome> {
    return routeOf(request) === 'close_shift' ? lookupClose() : lookupDocument(request);
  }

  /** Code 15: fiscalised but perhaps not printed. The device's own status says which, never a refusal. */
  async function settleNotPrinted(request: StoredRequest, reply: Answer): Promise<DeviceOutcome<DocumentResult>> {
    const looked = await lookupDocument(request);
    if (looked.kind === 'found' && looked.outcome.kind === 'done') return { ...looked.outcome, duplicate: false, value: looked.outcome.value!, printFailed: true, raw: reply.raw };
    return { kind: 'unknown', reason: 'not_printed', sent: true, detail: `code 15, then the lookup: ${looked.kind === 'failed' ? looked.reason : looked.kind}`, raw: reply.raw };
  }

  async function send(request: StoredRequest): Promise<DeviceOutcome<DocumentResult>> {
    const route = routeOf(request);
    const reply: Answer | NoAnswer = await client.call(route, request.body);
    if (route === 'close_shift') return outcomeOf(reply, readZReport);
    if (reply.kind === 'answer' && reply.meaning.kind === 'uncertain' && reply.meaning.reason === 'not_printed') return settleNotPrinted(request, reply);
    const outcome = outcomeOf(reply, readDocument);
    // docStatus 0: the device took it but has not closed it yet; only a later lookup can say it is done.
    if (outcome.kind === 'done' && reply.kind === 'answer' && StatusAnswer.safeParse(reply.json).data?.docStatus === 0) {
      return { kind: 'unknown', reason: 'processing', sent: true, detail: 'docStatus 0: still open on the device', raw: outcome.raw };
    }
    return outcome;
  }

  async function openShift(cashierName: string, openingFloat: number): Promise<DeviceOutcome<null>> {
    const reply = await client.call('open_shift', JSON.stringify({ employeeName: cashierName }));
    // "Already open" is what was asked for; a lost answer is settled by asking whether the shift is open.
    if (reply.kind === 'answer' && reply.meaning.kind === 'refused' && reply.meaning.code === 'open_shift.6') return { kind: 'done', value: null, duplicate: false, raw: reply.raw };
    let opened = outcomeOf(reply, () => null);
    if (opened.kind === 'unknown') {
      const status = outcomeOf(await client.call('check_shift', '{}'), readShiftStatus);
      if (status.kind === 'done' && status.value.open) opened = { kind: 'done', value: null, duplicate: false, raw: status.raw };
    }
    if (opened.kind !== 'done' || openingFloat === 0) return opened;
    // The float is a cash deposit of its own on this device (spec §2).
    const deposit = await client.call('deposit', JSON.stringify({ amount: openingFloat, employeeName: cashierName, currency: 'AZN' }));
    return outcomeOf(deposit, () => null);
  }

  return {
    build: (doc, uuid, parents) => buildSmartOneRequest(doc, uuid, parents, options),
    send,
    recovery: { mode: 'lookup', lookup },
    openShift,
    shiftStatus: async () => outcomeOf(await client.call('check_shift', '{}'), (json) => {
      const { open, openedAt } = readShiftStatus(json);
      return { open, openedAt };
    }),
    xReport: async () => outcomeOf(await client.call('x_report', '{}'), readShiftReport),
    /** INTEK's newer body; the range is read in the device's days. */
    periodicReport: async (from, to) => outcomeOf(await client.call('dates_report', JSON.stringify({ dateFrom: formatDeviceDate(from), dateFor: formatDeviceDate(to) })), readPeriodicReport),
    controlTape: () => refusedHere('not_supported', 'control_tape: its body is undocumented'),
    info: async () => outcomeOf(await client.call('get_info', '{}'), readInfo),
    /** A copy of the shift's last document: /x_report names it, /check_copy prints it. */
    printLast: async () => {
      const report = outcomeOf(await client.call('x_report', '{}'), readShiftReport);
      if (report.kind !== 'done') return report;
      if (report.value.lastDocumentNumber === undefined) return refusedHere('no_document', 'no document in this shift to copy');
      return outcomeOf(await client.call('check_copy', JSON.stringify({ documentID: report.value.lastDocumentNumber })), () => null);
    },
    openDrawer: () => refusedHere('not_supported', 'the device has no drawer route'),
    close: () => Promise.resolve(),
  };
}
