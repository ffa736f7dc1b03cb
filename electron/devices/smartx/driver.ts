import { randomUUID } from 'node:crypto';
import type { DocumentResult, ShiftStatus } from '../../../shared/fiscal/device-results';
import type { ShiftReport } from '../../../shared/fiscal/shift-report';
import { UnmappableError, type DeviceOutcome, type FiscalDriver, type LookupOutcome, type SendOutcome, type StoredRequest } from '../driver';
import { OtherInfo, ShiftTotalsAnswer } from './answers';
import type { SmartXClient } from './client';
import type { SmartXSettings } from './config';
import { buildRequest, cashierOnReceipt } from './mapping';
import { DocumentOperation } from './operations';
import { documentOutcome, lookupOutcome, outcomeOf } from './outcome';
import { shiftReportOf } from './report-mapping';
import { formatMoney, parseMoney } from './wire-numbers';

/** What the driver offers no call for: refused here, without a word to the register (capabilities leave them out). */
function notOffered(what: string): DeviceOutcome<never> {
  return { kind: 'rejected', raw: '', refusal: { system: 'smartx', code: 'not_offered', deviceText: `SmartX: ${what} is not in anything we hold of its API`, cashier: null } };
}

/** An operation whose answer carries nothing the app keeps. */
function withoutValue<T>(outcome: DeviceOutcome<T>): DeviceOutcome<null> {
  return outcome.kind === 'done' ? { ...outcome, value: null, duplicate: false } : outcome;
}

function hasCard(body: string): boolean {
  const cashless = (JSON.parse(body) as { cashless?: string }).cashless;
  return cashless !== undefined && (parseMoney(cashless) ?? 0) > 0;
}

/**
 * The running SmartX driver. The register never de-duplicates an operationId (spec §3), so a lost
 * answer is settled by OPERATION_ID (or, for the Z report, the shift state) before anything is
 * sent again; the journal does the asking through `recovery.lookup`.
 */
export function smartxDriver(client: SmartXClient, config: SmartXSettings): FiscalDriver {
  /**
   * The register's last fiscal document of the shift as this driver saw it settle: the register
   * annuls only that one (code 411), and its annul names no document, so a rollBack of anything
   * else, or before the driver knows (after a restart), is refused before the journal.
   */
  let lastDocumentId: string | null = null;
  const settled = (outcome: SendOutcome, operation: DocumentOperation): SendOutcome => {
    if (outcome.kind === 'done') lastDocumentId = operation === 'closeShift' || operation === 'annul' ? null : (outcome.value?.documentId ?? null);
    return outcome;
  };

  const readZ = (answer: unknown): DocumentResult | null => {
    const totals = ShiftTotalsAnswer.safeParse(answer);
    const report = totals.success ? shiftReportOf(totals.data, config.sections) : null;
    if (!totals.success || !report) return null;
    const number = Number(totals.data.numberCheck ?? totals.data.shiftNumber);
    if (!Number.isSafeInteger(number)) return null;
    return { documentId: totals.data.uid?.trim() || `Z${number}`, documentNumber: number, report };
  };

  const shiftState = async (): Promise<DeviceOutcome<ShiftStatus>> =>
    outcomeOf(await client.call('info', ''), (_, json) => {
      const info = OtherInfo.safeParse(json);
      if (!info.success || typeof info.data.isShiftOpen !== 'boolean') return null;
      return { open: info.data.isShiftOpen, ...(info.data.shiftOpenedAt ? { openedAt: info.data.shiftOpenedAt } : {}) };
    });

  const lookup = async (uuid: string, request: StoredRequest): Promise<LookupOutcome> => {
    if (request.operation === 'closeShift') {
      // No lookup names a Z report: a closed shift means the register did it.
      const state = await shiftState();
      if (state.kind === 'done' && state.value) return state.value.open ? { kind: 'notFound' } : { kind: 'found', outcome: { kind: 'done', value: null, duplicate: true, raw: state.raw } };
      if (state.kind === 'rejected') return { kind: 'failed', reason: `refused ${state.refusal.code}`, detail: state.refusal.deviceText };
      return { kind: 'failed', reason: state.kind === 'unknown' ? state.reason : 'invalid_answer', detail: state.kind === 'unknown' ? state.detail : 'no shift state' };
    }
    const found = lookupOutcome(await client.call('lookup', JSON.stringify({ operationId: uuid })), uuid, config.lookupNotFoundCodes);
    if (found.kind === 'found') settled(found.outcome, DocumentOperation.parse(request.operation));
    return found;
  };

  return {
    build(doc, uuid, parents) {
      if (doc.kind === 'rollBack' && doc.parentUuid) {
        const parent = parents(doc.parentUuid).result.documentId;
        if (parent !== lastDocumentId) throw new UnmappableError('document.rollBack');
      }
      return buildRequest(doc, uuid, parents, config.sections);
    },
    async send(request) {
      const operation = DocumentOperation.parse(request.operation);
      const reply = await client.call(operation, request.body, hasCard(request.body));
      const outcome = operation === 'closeShift' ? outcomeOf(reply, (_, json) => readZ(json)) : documentOutcome(reply, hasCard(request.body));
      return settled(outcome, operation);
    },
    recovery: { mode: 'lookup', lookup },
    async openShift(cashierName, openingFloat) {
      const cashier = cashierOnReceipt(cashierName);
      let opened = withoutValue(outcomeOf(await client.call('openShift', JSON.stringify({ cashier })), () => true));
      if (opened.kind === 'unknown') {
        // The answer was lost: the register's shift state tells whether it opened.
        const state = await shiftState();
        if (state.kind === 'done' && state.value?.open) opened = { kind: 'done', value: null, duplicate: true, raw: state.raw };
      }
      lastDocumentId = null;
      if (opened.kind !== 'done' || openingFloat === 0) return opened;
      return openingDeposit(cashier, openingFloat);
    },
    shiftStatus: shiftState,
    async xReport(cashierName) {
      const reply = await client.call('xReport', JSON.stringify({ cashier: cashierOnReceipt(cashierName) }));
      return outcomeOf(reply, (_, json): ShiftReport | null => {
        const totals = ShiftTotalsAnswer.safeParse(json);
        return totals.success ? shiftReportOf(totals.data, config.sections) : null;
      });
    },
    periodicReport: () => Promise.resolve(notOffered('a periodic report')),
    controlTape: () => Promise.resolve(notOffered('reading the control tape (CONTROL_TAPE only prints it)')),
    async info() {
      return outcomeOf(await client.call('info', ''), (answer, json) => {
        const info = OtherInfo.safeParse(json);
        const data = info.success ? info.data : answer;
        return {
          model: 'iKassa SmartX',
          ...(data.registerNumberSKO ? { cashRegisterFactoryNumber: data.registerNumberSKO } : {}),
          ...(info.success && info.data.serialNumber ? { cashboxFactoryNumber: info.data.serialNumber } : {}),
          ...(info.success && info.data.softwareVersion ? { applicationVersion: info.data.softwareVersion } : {}),
          ...(info.success && typeof info.data.isShiftOpen === 'boolean' ? { state: info.data.isShiftOpen ? 'shiftOpen' : 'shiftClosed' } : {}),
        };
      });
    },
    printLast: () => Promise.resolve(notOffered('reprinting the last receipt')),
    openDrawer: () => Promise.resolve(notOffered('opening the drawer')),
    close: () => Promise.resolve(),
  };

  /** The opening float is a DEPOSIT of its own with an id of its own: a lost answer is looked up once, never re-sent. */
  async function openingDeposit(cashier: string, sum: number): Promise<DeviceOutcome<null>> {
    const operationId = randomUUID();
    const sent = documentOutcome(await client.call('deposit', JSON.stringify({ cashier, sum: formatMoney(sum), operationId })), false);
    if (sent.kind !== 'unknown') return withoutValue(sent);
    const found = lookupOutcome(await client.call('lookup', JSON.stringify({ operationId })), operationId, config.lookupNotFoundCodes);
    return found.kind === 'found' && found.outcome.kind === 'done' ? { kind: 'done', value: null, duplicate: true, raw: found.outcome.raw } : sent;
  }
}
