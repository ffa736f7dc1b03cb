import { describe, expect, it } from 'vitest';
import { cashier, sale, tenders } from '../testing/documents';
import { clientFor } from '../testing/harness';
import { buildDocumentRequest } from '../mapping';
import { startCasposSimulator } from './server';
import { noParents } from '../../testing/parents';

describe('the training device when its fiscal memory cannot be written', () => {
  it('answers HTTP 500 (nothing fiscalised, the app sends again) and keeps serving, instead of taking the app down', async () => {
    const device = await startCasposSimulator();
    try {
      await clientFor(device.url).openShift(cashier, 0);
      // Its memory file gone from under it, as when the data folder's disk fails: every call throws inside.
      device.memory.close();
      const document = sale({ tenders: tenders({ cash: 600 }) });
      const outcome = await clientFor(device.url).sendDocument(buildDocumentRequest(document, crypto.randomUUID(), noParents));
      expect(outcome).toMatchObject({ kind: 'unknown', reason: 'http_status' });
      expect(await clientFor(device.url).getInfo()).toMatchObject({ kind: 'unknown', reason: 'http_status' });
    } finally {
      await device.close();
    }
  });
});
