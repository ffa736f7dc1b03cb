/**
 * What the status bar says when the journal cannot be written or something failed unexpectedly:
 * the cashier learns that the till goes on and what the shop has to mend.
 */
export const healthEn = {
  storage: {
    disk_full: 'The disk is full: the sale is kept and will be finished once space is freed',
    not_writable: 'The database cannot be written: the sale is kept and will be finished once it can',
    failed: 'The journal failed: the sale is kept and will be sent again; see the log',
  },
  fault: 'An unexpected error was logged ({{error}}); the till goes on',
};
export type HealthTexts = typeof healthEn;
