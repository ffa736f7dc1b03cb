import { drawByRate } from '../../seeded-random';
/**
 * What can go wrong between the app and a device, on purpose. Each fault says whether the
 * device has done the work when the app's answer goes missing, because that is what decides
 * whether the app may ever call the outcome "rejected".
 */
export type Fault =
  /** The answer comes late (after the work is done). */
  | { kind: 'delay'; ms: number }
  /** The work is done, but no answer ever comes: the client's answer timeout fires. */
  | { kind: 'answerTimeout' }
  /** The connection closes before the device reads the request: nothing is done. */
  | { kind: 'dropBeforeCommit' }
  /** The work is done and committed, then the connection closes without an answer. */
  | { kind: 'dropAfterCommit' }
  /** The device's web server fails before the work: HTTP 500 with an HTML page. */
  | { kind: 'http500' }
  /** The work is done; the answer is not JSON. */
  | { kind: 'garbage' }
  /** The work is done; the answer is an empty body. */
  | { kind: 'empty' }
  /**
   * The work is done and committed, yet the device answers with a refusal: a real device that
   * fiscalised a receipt and then failed to print it answers 999. The app believes it refused;
   * only comparing the device's totals with the journal's shows the difference.
   */
  | { kind: 'refuseAfterCommit'; code: number; message: string };

export type FaultKind = Fault['kind'];
export type RatedFault = Exclude<FaultKind, 'delay' | 'refuseAfterCommit'>;
export const ratedFaults: readonly RatedFault[] = ['answerTimeout', 'dropBeforeCommit', 'dropAfterCommit', 'http500', 'garbage', 'empty'];

/** Faults for the next requests (per request), and faults at random (by rate). */
export class FaultPlan {
  private readonly queue: { fault: Fault; operation?: string }[] = [];
  private rates: Partial<Record<RatedFault, number>> = {};
  private rateOperations: ReadonlySet<string> | undefined;
  /** How many of each fault were injected. */
  readonly injected: Record<FaultKind, number> = {
    delay: 0, answerTimeout: 0, dropBeforeCommit: 0, dropAfterCommit: 0, http500: 0, garbage: 0, empty: 0, refuseAfterCommit: 0,
  };

  constructor(private readonly random: () => number = Math.random) {}

  /** The next request (of `operation`, when given) meets `fault`. Queued faults come in order. */
  next(fault: Fault, operation?: string): this {
    this.queue.push({ fault, operation });
    return this;
  }

  /** Each rate is a probability per request, for the named operations or all of them. */
  setRates(rates: Partial<Record<RatedFault, number>>, operations?: readonly string[]): this {
    const total = Object.values(rates).reduce((sum, r) => sum + (r ?? 0), 0);
    if (total > 1) throw new Error(`Fault rates add up to ${total}, more than 1`);
    this.rates = rates;
    this.rateOperations = operations ? new Set(operations) : undefined;
    return this;
  }

  clear(): void {
    this.queue.length = 0;
    this.rates = {};
  }

  take(operation: string): Fault | undefined {
    const index = this.queue.findIndex((q) => q.operation === undefined || q.operation === operation);
    let fault: Fault | undefined;
    if (index >= 0) fault = this.queue.splice(index, 1)[0]!.fault;
    else if (!this.rateOperations || this.rateOperations.has(operation)) fault = this.draw();
    if (fault) this.injected[fault.kind] += 1;
    return fault;
  }

  private draw(): Fault | undefined {
    const kind = drawByRate(ratedFaults, this.rates, this.random);
    return kind && { kind };
  }
}
