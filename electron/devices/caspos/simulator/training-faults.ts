import type { DocumentKind } from '../../../../shared/devices/capabilities';
import type { TrainingFaults, TrainingRequest } from '../../driver';
import type { Operation } from '../enums';
import type { CasposSimulator } from './server';

/** The device's operation for each document kind (a prepayment without goods is `prepayment`). */
const operationOf: Record<DocumentKind, Operation> = {
  sale: 'sale',
  moneyBack: 'moneyBack',
  creditPay: 'credit',
  prepayment: 'prepayment',
  deposit: 'deposit',
  withdraw: 'withDraw',
  correction: 'correction',
  rollBack: 'rollBack',
  closeShift: 'closeShift',
};

/** The simulator's fault plan and request log in the conformance suite's terms. Caspos has no lookup. */
export function casposTrainingFaults(simulator: Pick<CasposSimulator, 'faults' | 'received'>): TrainingFaults {
  return {
    dropAnswer(kind, when) {
      simulator.faults.next({ kind: when === 'beforeCommit' ? 'dropBeforeCommit' : 'dropAfterCommit' }, operationOf[kind]);
    },
    received: () =>
      simulator.received.flatMap((body): TrainingRequest[] => {
        const uuid = (JSON.parse(body) as { data?: { documentUUID?: unknown } } | null)?.data?.documentUUID;
        return typeof uuid === 'string' ? [{ uuid, lookup: false, body }] : [];
      }),
  };
}
