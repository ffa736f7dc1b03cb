import { drawByRate } from '../../seeded-random';
import type { RegisterOperation } from './register';

/**
 * What can go wrong with one request (spec §7): the connection closes before the register reads
 * it or after it committed, the answer never comes, is cut mid-JSON, is empty, garbage, or an HTTP
 * 500 page from a server that did nothing; or the answer is only late.
 */
export type Fault =
  | { kind: 'dropBeforeCommit' }
  | { kind: 'dropAfterCommit' }
  | { kind: 'answerTimeout' }
  | { kind: 'cut' }
  | { kind: 'empty' }
  | { kind: 'garbage' }
  | { kind: 'http500' }
  | { kind: 'delay'; ms: number };

export type FaultKind = Fault['kind'];
export type RandomFault = Exclude<FaultKind, 'delay' | 'cut'>;

/** Staged faults, one request each in order, per operation; and random rates for the torture run. */
export class FaultPlan {
  private readonly staged = new Map<RegisterOperation, Fault[]>();
  private rates: Partial<Record<RandomFault, number>> = {};
  private rated = new Set<RegisterOperation>();
  readonly injected: Record<string, number> = {};

  constructor(private readonly random: () => number = Math.random) {}

  next(fault: Fault, operation: RegisterOperation): void {
    const list = this.staged.get(operation) ?? [];
    list.push(fault);
    this.staged.set(operation, list);
  }

  setRates(rates: Partial<Record<RandomFault, number>>, operations: readonly RegisterOperation[]): void {
    this.rates = { ...rates };
    this.rated = new Set(operations);
  }

  clear(): void {
    this.staged.clear();
    this.rates = {};
    this.rated.clear();
  }

  /** The fault for this request, if any: a staged one first, then a random one at its rate. */
  take(operation: RegisterOperation): Fault | null {
    const fault = this.staged.get(operation)?.shift() ?? this.draw(operation);
    if (fault) this.injected[fault.kind] = (this.injected[fault.kind] ?? 0) + 1;
    return fault;
  }

  private draw(operation: RegisterOperation): Fault | null {
    if (!this.rated.has(operation)) return null;
    const kind = drawByRate(Object.keys(this.rates) as RandomFault[], this.rates, this.random);
    return kind ? { kind } : null;
  }
}
