import { setImmediate as yieldToSales } from 'node:timers/promises';
import { maxPushItems, type OutboxItem, type PushRequest } from '../../shared/office/till-api';
import type { OfficeLinkRow, OfficeLinkStore } from './office-link';
import { OfficeRequestError, problemCode, type OfficeTransport } from './office-transport';
import type { OutboxItems } from './outbox-items';

/** Items built between two yields to the event loop (see pushBatch). */
const sliceItems = 4;

export interface PusherDeps {
  store: OfficeLinkStore;
  items: OutboxItems;
  transport: (link: OfficeLinkRow) => OfficeTransport;
  /** Cash in each device's drawer as the journal reckons it now. */
  drawers: () => PushRequest['drawers'];
  now: () => Date;
  batchSize?: number;
}

/**
 * Sends the outbox after the cursor in batches, oldest first. The cursor moves only on an answer,
 * in one transaction with the conflicts the answer names, so a lost or half-done push is pushed
 * again as it was and the office, which stores by identity, answers `repeat` for what it had.
 */
export class OfficePusher {
  constructor(private readonly deps: PusherDeps) {}

  /** One batch; `more` when the outbox holds more after it. Throws on a failed push, after noting the error. */
  async pushBatch(): Promise<{ pushed: number; more: boolean }> {
    const { store, items, transport, drawers, now } = this.deps;
    const link = store.get();
    const token = store.token();
    if (!link || token === undefined) return { pushed: 0, more: false };
    const batchSize = Math.min(this.deps.batchSize ?? maxPushItems, maxPushItems);
    const rows = store.pending(batchSize);
    if (rows.length === 0) return { pushed: 0, more: false };
    try {
      const built: OutboxItem[] = [];
      for (const row of rows) {
        built.push(items.build(row.seq, row.type, row.ref));
        // Building an item reads, parses and checks its rows (about 0.2 ms): a sale waiting for
        // the main thread gets it within a millisecond, never after a whole batch. Slices of 20
        // cost a sale 6.5 ms at the median while a 10,000-item backlog drained, slices of 4 cost
        // 0.5 ms (measured against a test office; bench/office-sync.bench.ts measures the real one).
        if (built.length % sliceItems === 0) await yieldToSales();
      }
      const last = rows.length < batchSize;
      // The drawers' cash is read from the whole shift's journal: once, with the batch that
      // empties the outbox, since the office shows the drawers as they are now, not as they were.
      const answer = await transport(link).push(token, { drawers: last ? drawers() : [], items: built });
      const outcomes = new Map(answer.results.map((result) => [result.seq, result.outcome]));
      if (rows.some((row) => !outcomes.has(row.seq))) throw new OfficeRequestError({ kind: 'badAnswer' }, 'the office did not answer for every item pushed');
      const conflicts = rows.filter((row) => outcomes.get(row.seq) === 'conflict');
      store.acknowledge(link.tillId, rows.at(-1)?.seq ?? 0, conflicts, now().toISOString());
      return { pushed: rows.length, more: !last };
    } catch (error) {
      store.pushFailed(problemCode(error));
      throw error;
    }
  }
}
