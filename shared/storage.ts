import { z } from 'zod';

/**
 * Why the app cannot keep its records: the disk is full, or the database file cannot be written
 * (read-only, removed, an I/O error), or the journal failed in another way. Shown to the cashier
 * in the status bar; the journal keeps every document and settles it once writing works again.
 */
export const StorageProblem = z.enum(['disk_full', 'not_writable', 'failed']);
export type StorageProblem = z.infer<typeof StorageProblem>;
