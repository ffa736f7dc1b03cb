/**
 * What the status bar says when the journal cannot be written or something failed unexpectedly:
 * the cashier learns that the till goes on and what the shop has to mend.
 */
export const healthEn = {
  storage: {
    disk_full: 'The disk is full: the document is kept and will be finished once space is freed',
    not_writable: 'The database cannot be written: the document is kept and will be finished once it can',
    failed: 'The journal failed: the document is kept and will be sent again; see the log',
  },
  fault: 'An unexpected error was logged ({{error}}); the till goes on',
  mismatch: {
    title: 'Documents whose device answer does not fit them: {{count}}',
    explain: 'The device did these documents, but its answer does not match what was sent. Compare them with the device’s control tape and tell support before trusting the shift’s figures.',
    total: 'Total: the document {{document}}, the device {{device}}',
    reusedId: 'The device gave document id {{id}} already to document {{earlier}}',
  },
};
export type HealthTexts = typeof healthEn;
