import type { DocumentResult } from '../../../shared/fiscal/device-results';
import { notDocumentCalls } from './journal-only-driver';
import type { FiscalDriver, LookupOutcome, PollOutcome, SendOutcome, StoredRequest } from '../../devices/driver';
import type { SendFault } from './lookup-device';

/** How the device finishes a document it accepted: after `polls` more questions about it, fiscalised or refused. */
export interface Finish {
  polls: number;
  result: 'done' | 'error';
}

export type AsyncCall =
  | { call: 'send'; uuid: string; body: string }
  | { call: 'poll'; uuid: string; answer: PollOutcome['kind'] }
  | { call: 'lookup'; uuid: string; answer: LookupOutcome['kind'] };

/**
 * A device that answers "accepted" and finishes later (as Checkbox: 201 CREATED, then DONE or
 * ERROR), recovers by lookup, and does not de-duplicate, in memory, for the journal's tests.
 * Each question about an accepted document (poll or lookup) brings it one step nearer its finish.
 * Faults of the create request come from the script in order; every call is logged.
 */
export class AsyncDevice {
  readonly calls: AsyncCall[] = [];
  /** Each time the device fiscalised a document, by our UUID: more than one is a double sale. */
  readonly fiscalised = new Map<string, number>();
  /** The documents the device refused, by our UUID. */
  readonly refused = new Set<string>();
  private readonly accepted = new Map<string, { left: number; result: 'done' | 'error'; fiscal?: DocumentResult }>();
  private readonly finishes = new Map<string, Finish>();
  private documents = 0;

  constructor(private readonly sendFaults: SendFault[] = []) {}

  readonly driver: FiscalDriver = {
    build: (doc, uuid) => ({ operation: doc.kind, body: JSON.stringify({ uuid, doc }) }),
    send: (request) => Promise.resolve(this.send(request)),
    recovery: { mode: 'lookup', lookup: (uuid) => Promise.resolve(this.lookup(uuid)) },
    completion: { poll: (uuid) => Promise.resolve(this.poll(uuid)) },
    ...notDocumentCalls,
  };

  /** How the document with this UUID will finish once accepted (by default done at the first poll). */
  finish(uuid: string, finish: Finish): void {
    this.finishes.set(uuid, finish);
  }

  private send(request: StoredRequest): SendOutcome {
    const { uuid } = JSON.parse(request.body) as { uuid: string };
    this.calls.push({ call: 'send', uuid, body: request.body });
    const fault = this.sendFaults.shift() ?? 'answer';
    if (fault === 'dropBeforeCommit') return { kind: 'unknown', reason: 'timeout', sent: true, detail: 'answer lost before the device kept it' };
    const finish = this.finishes.get(uuid) ?? { polls: 1, result: 'done' };
    this.accepted.set(uuid, { left: finish.polls, result: finish.result });
    if (fault === 'dropAfterCommit') return { kind: 'unknown', reason: 'timeout', sent: true, detail: 'answer lost after the device kept it' };
    return { kind: 'accepted', detail: 'CREATED', raw: '{"status":"CREATED"}' };
  }

  private poll(uuid: string): PollOutcome {
    const answer = this.advance(uuid);
    this.calls.push({ call: 'poll', uuid, answer: answer?.kind ?? 'failed' });
    return answer ?? { kind: 'failed', reason: 'not_found', detail: 'polled a document the device never accepted' };
  }

  private lookup(uuid: string): LookupOutcome {
    const answer = this.advance(uuid);
    // Still being processed: no definite answer, so the lookup tells nothing and nothing is re-sent.
    const outcome: LookupOutcome = answer === undefined ? { kind: 'notFound' } : answer.kind === 'pending' ? { kind: 'failed', reason: 'pending', detail: 'still processing' } : answer;
    this.calls.push({ call: 'lookup', uuid, answer: outcome.kind });
    return outcome;
  }

  /** One step of an accepted document toward its finish; undefined when the device never kept it. */
  private advance(uuid: string): Extract<PollOutcome, { kind: 'found' | 'pending' }> | undefined {
    const doc = this.accepted.get(uuid);
    if (!doc) return undefined;
    if (doc.left > 0) {
      doc.left -= 1;
      if (doc.left > 0) return { kind: 'pending' };
    }
    if (doc.result === 'error') {
      this.refused.add(uuid);
      return { kind: 'found', outcome: { kind: 'rejected', refusal: { system: 'checkbox', code: 'ERROR', deviceText: 'refused by the tax service', cashier: null }, raw: '{"status":"ERROR"}' } };
    }
    if (!doc.fiscal) {
      this.documents += 1;
      doc.fiscal = { documentId: `C-${this.documents}`, documentNumber: this.documents };
      this.fiscalised.set(uuid, (this.fiscalised.get(uuid) ?? 0) + 1);
    }
    return { kind: 'found', outcome: { kind: 'done', duplicate: false, value: doc.fiscal, raw: JSON.stringify(doc.fiscal) } };
  }
}
