import { expect } from 'vitest';
import type { Outcome } from '../outcome';

/** What the document states of a check the training device makes: that the device refuses, or nothing at all. */
export type Stated = 'refuses' | 'silent';

interface Seen {
  what: string;
  training: string;
  device: string;
}

const answerOf = (outcome: Outcome<unknown>): string => {
  switch (outcome.kind) {
    case 'done':
      return 'done';
    case 'rejected':
      return `${outcome.error.code} «${outcome.error.deviceText}»`;
    case 'unknown':
      return `no trustworthy answer (${outcome.reason})`;
  }
};

/**
 * The contract suite's checks where the API document is silent: the training device's choice is
 * held on the training device, and only reported against another device, with that device's
 * actual answer for the installer. What the document does state is still asserted everywhere.
 */
export class DeviceChoices {
  private readonly seen: Seen[] = [];

  constructor(private readonly external: boolean) {}

  /** A refusal whose code (or whose very being, when `silent`) the document does not state. */
  refusal(what: string, outcome: Outcome<unknown>, trainingCode: number, stated: Stated): void {
    // No trustworthy answer is never a choice: the device must answer, whatever it chose.
    expect(outcome.kind, `${what}: ${answerOf(outcome)}`).not.toBe('unknown');
    if (stated === 'refuses') expect(outcome.kind, `${what}: the document says the device refuses`).toBe('rejected');
    const matches = outcome.kind === 'rejected' && outcome.error.code === trainingCode;
    if (!this.external) expect(answerOf(outcome), what).toMatch(new RegExp(`^${trainingCode} `));
    else if (!matches) this.seen.push({ what, training: `refuses with ${trainingCode}`, device: answerOf(outcome) });
  }

  /** A figure whose value follows from a choice (the opening float as a deposit, say). */
  figure(what: string, actual: unknown, training: unknown): void {
    if (!this.external) expect(actual, what).toEqual(training);
    else if (JSON.stringify(actual) !== JSON.stringify(training)) this.seen.push({ what, training: JSON.stringify(training), device: JSON.stringify(actual) });
  }

  /** For the installer: where this device chose otherwise than the training device (nothing failed for it). */
  report(): string | null {
    if (this.seen.length === 0) return null;
    return ['where the document is silent, this device chose otherwise than the training device (reported, not failed):', ...this.seen.map((s) => `  - ${s.what}: training device ${s.training}; this device ${s.device}`)].join('\n');
  }
}
