import { CasposClient } from '../client';

/**
 * The Caspos wire for tests, benches and the torture, which work below the journal's driver
 * contract: building a document's stored bytes, reading an answer, and a client of their own.
 * Lint lets test code import a driver's testing/ and simulator/ folders only; this is the door.
 */
export { buildDocumentRequest } from '../mapping';
export { CasposClient, withCredentials } from '../client';
export { interpretAnswer } from '../interpret-answer';
export { readDocument } from '../results';

/** Opens the shift on a device (the simulator) at `url`, as a cashier would before selling. */
export async function openShiftOn(url: string, cashierName: string): Promise<void> {
  await new CasposClient({ url, credentials: { username: 'u', password: 'p' }, auth: 'integration' }).openShift(cashierName, 0);
}
