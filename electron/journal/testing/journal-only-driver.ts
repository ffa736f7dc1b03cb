import type { FiscalDriver } from '../../devices/driver';

const notNeeded = (): Promise<never> => Promise.reject(new Error('not used by the journal'));

/** The calls of a driver that the journal's document queue never makes, for in-memory test devices. */
export const notDocumentCalls: Omit<FiscalDriver, 'build' | 'send' | 'recovery' | 'completion'> = {
  openShift: notNeeded,
  shiftStatus: notNeeded,
  xReport: notNeeded,
  periodicReport: notNeeded,
  controlTape: notNeeded,
  info: notNeeded,
  printLast: notNeeded,
  openDrawer: notNeeded,
  close: () => Promise.resolve(),
};
