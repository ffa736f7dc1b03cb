import { describe, expect, it } from 'vitest';
import { silentLogger } from '../app/logger';
import { OfficeSync } from './office-sync';
import type { OfficePuller } from './puller';
import type { OfficePusher } from './pusher';

describe('the background round', () => {
  it('pushes until the outbox is empty, then pulls until the office has no more, and waits longer after each failure', async () => {
    const calls: string[] = [];
    const started: number[] = [];
    let pushes = 0;
    const pusher = {
      pushBatch: () => {
        pushes += 1;
        calls.push('push');
        // Rounds 1 and 2 fail at once; round 3 sends two batches.
        if (pushes <= 2) return Promise.reject(new Error('office away'));
        return Promise.resolve({ pushed: 1, more: pushes === 3 });
      },
    } as unknown as OfficePusher;
    let pulls = 0;
    const puller = {
      pullPage: () => {
        pulls += 1;
        calls.push('pull');
        return Promise.resolve({ changes: 1, more: pulls === 1 });
      },
    } as unknown as OfficePuller;
    let rounds = 0;
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const sync = new OfficeSync(pusher, puller, silentLogger, () => {
      rounds += 1;
      started.push(performance.now());
      if (rounds === 3) done();
    }, { idleMs: 60_000, backoffMs: [30, 300] });
    sync.start();
    await finished;
    await sync.stop();
    expect(calls).toEqual(['push', 'push', 'push', 'push', 'pull', 'pull']);
    // The second failure waited the longer step of the backoff before round 3.
    const [first = 0, second = 0, third = 0] = started;
    expect(second - first).toBeGreaterThanOrEqual(25);
    expect(third - second).toBeGreaterThanOrEqual(250);
  });
});
