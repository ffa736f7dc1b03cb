import type { DocumentKind } from '../../../../shared/devices/capabilities';
import { checkboxCapabilities } from '../../../../shared/devices/checkbox/capabilities';
import type { RatedFault } from './faults';
import type { CheckboxSimulator } from './server';
import { targetOfKind } from './training-device';

/** A receipt in the service's memory as the journal stored it: our UUID is its id, its bytes as they arrived. */
export interface FiscalisedReceipt {
  uuid: string;
  documentId: string;
  body: string;
}

/**
 * The torture run's view of the training server: rated faults on the routes of the given kinds,
 * what was injected, and every receipt it holds, oldest first. A SERVICE_IN named by its shift's
 * id is that shift's opening float (an event, not a journal document) and is left out; the Z
 * report is the shift's closing and carries no UUID of ours.
 */
export function checkboxTorture(simulator: Pick<CheckboxSimulator, 'faults' | 'memory'>) {
  const declared = new Set<DocumentKind>(checkboxCapabilities.documentKinds);
  return {
    setFaultRates(rates: Partial<Record<RatedFault, number>>, kinds: readonly DocumentKind[]) {
      simulator.faults.setRates(rates, [...new Set(kinds.filter((kind) => declared.has(kind)).map(targetOfKind))]);
    },
    clearFaults: () => simulator.faults.clear(),
    injected: (): Record<string, number> => ({ ...simulator.faults.injected }),
    fiscalised: (): FiscalisedReceipt[] => {
      const floats = new Set(simulator.memory.shifts.map((shift) => shift.id));
      return [...simulator.memory.receipts.values()]
        .filter((receipt) => receipt.status !== 'ERROR' && !floats.has(receipt.id))
        .map((receipt) => ({ uuid: receipt.id, documentId: receipt.id, body: receipt.request }));
    },
  };
}
