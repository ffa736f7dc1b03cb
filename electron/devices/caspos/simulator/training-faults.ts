import type { DocumentKind } from '../../../../shared/devices/capabilities';
import type { TortureHooks, TrainingFaults, TrainingRequest } from '../../driver';
import type { CasposCredentials } from '../client';
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

/** The document's stand-in login, which a device in integration mode takes (field notes). */
export const trainingLogin: CasposCredentials = { username: 'username', password: 'password' };

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

/**
 * The simulator's random faults and fiscal memory in the crash torture's terms. A stored request
 * is given back as the journal keeps it: without the login the client puts in front at send time
 * (client.ts withCredentials); a body that does not start with exactly that login is given as
 * received, so the torture reports it as other bytes than the journal's.
 */
export function casposTortureHooks(simulator: Pick<CasposSimulator, 'faults' | 'memory'>, login: CasposCredentials): TortureHooks {
  const sentLogin = `{"username":${JSON.stringify(login.username)},"password":${JSON.stringify(login.password)},`;
  return {
    setFaultRates: (rates, kinds) => simulator.faults.setRates(rates, kinds.map((kind) => operationOf[kind])),
    clearFaults: () => simulator.faults.clear(),
    injected: () => ({ ...simulator.faults.injected }),
    fiscalised: () =>
      simulator.memory
        .all()
        .filter((document) => document.operation !== 'openShift')
        .map((document) => ({
          uuid: document.uuid,
          documentId: document.documentId,
          body: document.request.startsWith(sentLogin) ? `{${document.request.slice(sentLogin.length)}` : document.request,
        })),
  };
}
