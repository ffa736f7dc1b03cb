import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cashier, cashSale, startHarness } from '../testing/harness';

describe('the Checkbox training server’s fiscal memory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'checkbox-memory-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps shifts, receipts and counters in its file across a restart, and still refuses a repeated id', async () => {
    const memoryFile = join(dir, 'training-checkbox.sqlite3');
    const first = await startHarness({ memoryFile });
    await first.driver.openShift(cashier, 1_000);
    const sale = await first.settle(cashSale(2_500));
    await first.close();

    const again = await startHarness({ memoryFile });
    try {
      expect(again.simulator.memory.receipts.get(sale.uuid)).toMatchObject({ type: 'SELL', status: 'DONE', request: sale.request.body });
      expect(await again.driver.shiftStatus()).toMatchObject({ kind: 'done', value: { open: true } });
      // The token did not survive the restart: the driver signs in again and the service de-duplicates the id.
      expect(await again.driver.send(sale.request)).toMatchObject({ kind: 'done', duplicate: true });
      const next = await again.settle(cashSale(100));
      expect(again.simulator.memory.receipts.get(next.uuid)?.serial).toBe(3);
    } finally {
      await again.close();
    }
  });
});
