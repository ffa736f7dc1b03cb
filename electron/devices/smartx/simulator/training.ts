import type { DocumentKind } from '../../../../shared/devices/capabilities';
import type { TortureHooks, TrainingFaults, TrainingRequest } from '../../driver';
import type { FaultPlan } from './faults';
import type { FiscalMemory } from './memory';
import type { LoggedRequest } from './server';
import type { RegisterOperation } from './register';

/** The register's operation for each document kind we send. */
export const operationOfKind: Record<DocumentKind, RegisterOperation | null> = {
  sale: 'SALE',
  moneyBack: 'MONEY_BACK',
  deposit: 'DEPOSIT',
  withdraw: 'withdraw',
  rollBack: 'annul',
  closeShift: 'closeShift',
  creditPay: null,
  prepayment: null,
  correction: null,
};

function operationsOf(kinds: readonly DocumentKind[]): RegisterOperation[] {
  return kinds.flatMap((kind) => operationOfKind[kind] ?? []);
}

/** The register's fault plan and request log in the conformance suite's terms: lookups are OPERATION_ID requests by our UUID. */
export function smartxTrainingFaults(simulator: { faults: FaultPlan; requests: readonly LoggedRequest[] }): TrainingFaults {
  return {
    dropAnswer(kind, when) {
      for (const operation of operationsOf([kind])) simulator.faults.next({ kind: when === 'beforeCommit' ? 'dropBeforeCommit' : 'dropAfterCommit' }, operation);
    },
    received: () =>
      simulator.requests.flatMap((request): TrainingRequest[] =>
        request.operationId && request.operation ? [{ uuid: request.operationId, lookup: request.operation === 'OPERATION_ID', body: request.body }] : [],
      ),
  };
}

/** The torture run's hooks: random faults on the documents' operations, and the register's memory as the journal should equal it. */
export function smartxTorture(simulator: { faults: FaultPlan; memory: FiscalMemory }): TortureHooks {
  return {
    setFaultRates: (rates, kinds) => simulator.faults.setRates(rates, operationsOf(kinds)),
    clearFaults: () => simulator.faults.clear(),
    injected: () => ({ ...simulator.faults.injected }),
    // The body as the journal stored it: the driver adds nothing to it (the token rides in a header).
    fiscalised: () =>
      simulator.memory.state.documents.flatMap((record) => (record.operationId ? [{ uuid: record.operationId, documentId: record.uid, body: record.body }] : [])),
  };
}
