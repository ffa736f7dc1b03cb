import type { DocumentKind } from '../../../../shared/devices/capabilities';
import type { TortureHooks, TrainingFaults, TrainingRequest } from '../../driver';
import type { SmartOneSimulator } from './server';

/** The device's route for each document kind (prepay and correction exist, but the driver sends neither). */
export const routeOfKind: Record<DocumentKind, string> = {
  sale: 'sale',
  moneyBack: 'refund',
  creditPay: 'creditpay',
  prepayment: 'prepay',
  deposit: 'deposit',
  withdraw: 'withdraw',
  correction: 'correction',
  rollBack: 'rollback',
  closeShift: 'close_shift',
};

/** The simulator's fault plan and request log in the conformance suite's terms: lookups are /check_status. */
export function smartOneTrainingFaults(simulator: Pick<SmartOneSimulator, 'faults' | 'received'>): TrainingFaults {
  return {
    dropAnswer(kind, when) {
      simulator.faults.next({ kind: when === 'beforeCommit' ? 'dropBeforeCommit' : 'dropAfterCommit' }, routeOfKind[kind]);
    },
    received: () =>
      simulator.received.flatMap((request): TrainingRequest[] =>
        typeof request.documentExtID === 'string' ? [{ uuid: request.documentExtID, lookup: request.route === 'check_status', body: request.body }] : [],
      ),
  };
}

/** What crash torture sees of the device: random faults on document routes, every fiscal document in memory, and every broken recovery rule. */
export function smartOneTorture(simulator: Pick<SmartOneSimulator, 'faults' | 'memory' | 'violations'>): TortureHooks {
  return {
    setFaultRates: (rates, kinds) => simulator.faults.setRates(rates, kinds.map((kind) => routeOfKind[kind])),
    clearFaults: () => simulator.faults.clear(),
    injected: () => ({ ...simulator.faults.injected }),
    /**
     * documentId is the fiscalID, as DocumentResult.documentId; body is the JSON the journal
     * stored. An opening float's deposit carries no key: it is part of opening the shift, not a
     * journal document, as Caspos's openShift is not.
     */
    fiscalised: () =>
      simulator.memory.documents.flatMap((d) => (d.documentExtID === undefined ? [] : [{ uuid: String(d.documentExtID), documentId: d.fiscalID, body: d.json }])),
    // Every re-send the device heard without a lookup before it: the torture fails on any.
    protocolProblems: () => [...simulator.violations],
  };
}
