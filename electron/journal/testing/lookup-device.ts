import type { DocumentResult } from '../../../shared/fiscal/device-results';
import { notDocumentCalls } from './journal-only-driver';
import type { DeviceOutcome, FiscalDriver, LookupOutcome, StoredRequest } from '../../devices/driver';

/** What happens to one send: answered, answer lost after the device kept it, or lost before. */
export type SendFault = 'answer' | 'dropAfterCommit' | 'dropBeforeCommit';
/** What happens to one lookup: answered truly, or failed (no answer at all). */
export type LookupFault = 'answer' | 'fail';

export type DeviceCall = { call: 'send'; uuid: string; body: string } | { call: 'lookup'; uuid: string; answer: 'found' | 'notFound' | 'failed' };

/**
 * A device that recovers by lookup and does not de-duplicate at all (as SmartX: a re-sent
 * operation is fiscalised again), in memory, for the journal's tests. Faults are taken from the
 * scripts in order, then everything answers. Every call is logged, so a test can count them.
 */
export class LookupDevice {
  readonly calls: DeviceCall[] = [];
  /** Each time the device fiscalised a document, by our UUID: more than one is a double sale. */
  readonly fiscalised = new Map<string, number>();
  private readonly kept = new Map<string, DocumentResult>();

  constructor(
    private readonly sendFaults: SendFault[] = [],
    private readonly lookupFaults: LookupFault[] = [],
  ) {}

  readonly driver: FiscalDriver = {
    build: (doc, uuid) => ({ operation: doc.kind, body: JSON.stringify({ uuid, doc }) }),
    send: (request) => Promise.resolve(this.send(request)),
    recovery: { mode: 'lookup', lookup: (uuid) => Promise.resolve(this.lookup(uuid)) },
    ...notDocumentCalls,
  };

  /** Keeps a document as if fiscalised before the journal heard the answer (a crash after commit). */
  keep(uuid: string): void {
    this.fiscalise(uuid);
  }

  private send(request: StoredRequest): DeviceOutcome<DocumentResult> {
    const { uuid } = JSON.parse(request.body) as { uuid: string };
    this.calls.push({ call: 'send', uuid, body: request.body });
    const fault = this.sendFaults.shift() ?? 'answer';
    if (fault === 'dropBeforeCommit') return { kind: 'unknown', reason: 'timeout', sent: true, detail: 'answer lost before the device kept it' };
    const result = this.fiscalise(uuid);
    if (fault === 'dropAfterCommit') return { kind: 'unknown', reason: 'timeout', sent: true, detail: 'answer lost after the device kept it' };
    return { kind: 'done', duplicate: false, value: result, raw: JSON.stringify(result) };
  }

  private lookup(uuid: string): LookupOutcome {
    if ((this.lookupFaults.shift() ?? 'answer') === 'fail') {
      this.calls.push({ call: 'lookup', uuid, answer: 'failed' });
      return { kind: 'failed', reason: 'timeout', detail: 'no answer to the lookup' };
    }
    const result = this.kept.get(uuid);
    this.calls.push({ call: 'lookup', uuid, answer: result ? 'found' : 'notFound' });
    return result ? { kind: 'found', outcome: { kind: 'done', duplicate: true, value: result, raw: JSON.stringify(result) } } : { kind: 'notFound' };
  }

  private fiscalise(uuid: string): DocumentResult {
    this.fiscalised.set(uuid, (this.fiscalised.get(uuid) ?? 0) + 1);
    const result = { documentId: `D-${this.kept.size + 1}`, documentNumber: this.kept.size + 1 };
    this.kept.set(uuid, result);
    return result;
  }
}
