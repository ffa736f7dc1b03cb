/** The offline mode of a register that has one (Checkbox), in the status bar. */
export const offlineEn = {
  online: 'Register online',
  offline: 'Register offline',
  left: 'Offline time left: {{sessionHours}} h {{sessionMinutes}} min in a row, {{monthHours}} h {{monthMinutes}} min this month',
  warn: 'Offline time is nearly spent: restore the internet connection',
  spent: 'Offline time is spent: receipts wait until the register is online',
  undelivered: 'Receipts made offline, not yet delivered: {{count}}',
  goOffline: 'Go offline',
  goOnline: 'Go online',
  provisional: 'Provisional: made offline, confirmed once delivered to the tax service',
};

export type OfflineTexts = typeof offlineEn;
