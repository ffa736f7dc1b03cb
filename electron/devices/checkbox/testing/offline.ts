import { expect } from 'vitest';
import type { JournalEntry } from '../../../journal/journal';
import type { FiscalDriver } from '../../driver';

/** Waits, a bounded number of times, for the driver to sell offline after the service stopped answering. */
export async function untilSellingOffline(driver: FiscalDriver): Promise<void> {
  for (let i = 0; i < 500 && !driver.offline!.selling(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(driver.offline!.selling()).toBe(true);
}

/** A journaled Checkbox receipt's id, and its offline code and date where it was built offline. */
export const bodyOf = (entry: JournalEntry) => JSON.parse(entry.request) as { id: string; fiscal_code?: string; fiscal_date?: string };
