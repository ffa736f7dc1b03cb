import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cashier, cashSale } from '../testing/documents';
import { done, harness } from '../testing/harness';
import { startSmartOneSimulator, trainingMerchantId, type SmartOneSimulator } from './server';
import { smartOneTorture, smartOneTrainingFaults } from './training-faults';

let simulator: SmartOneSimulator;
beforeEach(async () => {
  simulator = await startSmartOneSimulator({ host: '127.0.0.78' });
});
afterEach(async () => simulator.close());

describe('the SmartOne training device in neutral terms', () => {
  it('stages faults by document kind, counts them, and gives its memory as the journal stored it', async () => {
    const h = harness(simulator.url, trainingMerchantId);
    done(await h.driver.openShift(cashier, 3000));
    const torture = smartOneTorture(simulator);
    torture.setFaultRates({ dropAfterCommit: 1 }, ['sale']);
    const { uuid, request, outcome } = await h.send(cashSale(410));
    expect(outcome).toMatchObject({ kind: 'unknown' });
    expect(torture.injected()).toMatchObject({ dropAfterCommit: 1 });
    // The opening float's deposit is no journal document.
    expect(torture.fiscalised()).toEqual([{ uuid, documentId: simulator.memory.documents.at(-1)!.fiscalID, body: request.body }]);
    torture.clearFaults();
    expect(smartOneTrainingFaults(simulator).received()).toEqual([{ uuid, lookup: false, body: simulator.received.at(-1)!.body }]);
    expect(torture.protocolProblems?.()).toEqual([]);
    // The same bytes again without asking first: the torture is told.
    await h.driver.send(request);
    expect(torture.protocolProblems?.()).toEqual([`sale ${uuid} sent again without a lookup`]);
  });
});
