import { drawByRate } from '../../seeded-random';
import type { TortureFault } from '../../driver';

/**
 * What can go wrong between the app and the service, on purpose. Each fault says whether the
 * service has done the work when the answer goes missing: that decides whether the app may ever
 * call the outcome "rejected".
 */
export type Fault =
  /** The connection closes before the service reads the request: nothing is done. */
  | { kind: 'dropBeforeCommit' }
  /** The work is committed, then the connection closes without an answer. */
  | { kind: 'dropAfterCommit' }
  /** The work is committed and no answer ever comes: the client's timeout fires. */
  | { kind: 'answerTimeout' }
  /** The answer comes late, after the work. */
  | { kind: 'delay'; ms: number }
  /** The web server fails before the work: 500 with an HTML page. */
  | { kind: 'http500' }
  /** "Maintenance work till …": 503 before the work. */
  | { kind: 'maintenance' }
  /** The work is committed; the answer is an empty body, or not JSON. */
  | { kind: 'empty' }
  | { kind: 'garbage' }
  /** The work is committed; the answer is 201 with a `null` body (igorbunov/checkbox-in-ua-php-sdk #14). */
  | { kind: 'nullBody' }
  /** The receipt is taken, and stays CREATED for this many polls. */
  | { kind: 'stuck'; polls: number }
  /** The receipt is taken, and its fiscalisation fails: ERROR with this message. */
  | { kind: 'receiptError'; message: string }
  /** Every token is revoked before this request: it meets 401. */
  | { kind: 'tokenRevoked' };

export type FaultKind = Fault['kind'];
/** The faults the crash torture rates (driver.ts TortureFault). */
export type RatedFault = TortureFault;
export const ratedFaults: readonly RatedFault[] = ['dropBeforeCommit', 'dropAfterCommit', 'answerTimeout', 'http500', 'garbage', 'empty'];

/** The routes faults aim at, by what they do. */
export type FaultTarget = 'sell' | 'sellOffline' | 'service' | 'openShift' | 'closeShift' | 'receipt' | 'rendering' | 'shift' | 'xReport' | 'signIn' | 'other';

/** Faults for the next requests of a target, in order, and faults at random by rate. */
export class FaultPlan {
  private readonly queue: { fault: Fault; target: FaultTarget }[] = [];
  private rates: Partial<Record<RatedFault, number>> = {};
  private rateTargets: ReadonlySet<FaultTarget> = new Set();
  readonly injected: Partial<Record<FaultKind, number>> = {};

  constructor(private readonly random: () => number = Math.random) {}

  next(fault: Fault, target: FaultTarget): void {
    this.queue.push({ fault, target });
  }

  setRates(rates: Partial<Record<RatedFault, number>>, targets: readonly FaultTarget[]): void {
    const total = Object.values(rates).reduce((sum, r) => sum + (r ?? 0), 0);
    if (total > 1) throw new RangeError(`Fault rates add up to ${total}, more than 1`);
    this.rates = rates;
    this.rateTargets = new Set(targets);
  }

  clear(): void {
    this.queue.length = 0;
    this.rates = {};
  }

  take(target: FaultTarget): Fault | undefined {
    const index = this.queue.findIndex((q) => q.target === target);
    const fault = index >= 0 ? this.queue.splice(index, 1)[0]!.fault : this.rateTargets.has(target) ? this.draw() : undefined;
    if (fault) this.injected[fault.kind] = (this.injected[fault.kind] ?? 0) + 1;
    return fault;
  }

  private draw(): Fault | undefined {
    const kind = drawByRate(ratedFaults, this.rates, this.random);
    return kind && { kind };
  }
}
