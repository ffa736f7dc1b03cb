import type { DocumentKind } from '../../../../shared/devices/capabilities';
import { checkboxCapabilities } from '../../../../shared/devices/checkbox/capabilities';
import type { TortureHooks } from '../../driver';
import type { CheckboxSimulator } from './server';
import { targetOfKind } from './training-device';

/**
 * The torture run's view of the training server: rated faults on the routes of the given kinds,
 * what was injected, and every receipt it holds, oldest first. A SERVICE_IN named by its shift's
 * id is that shift's opening float (an event, not a journal document) and is left out; the Z
 * report is the shift's closing and carries no UUID of ours.
 */
export function checkboxTorture(simulator: Pick<CheckboxSimulator, 'faults' | 'memory' | 'received'>): TortureHooks {
  const declared = new Set<DocumentKind>(checkboxCapabilities.documentKinds);
  return {
    setFaultRates(rates, kinds) {
      simulator.faults.setRates(rates, [...new Set(kinds.filter((kind) => declared.has(kind)).map(targetOfKind))]);
    },
    clearFaults: () => simulator.faults.clear(),
    injected: () => ({ ...simulator.faults.injected }),
    // The service keeps the bytes as they arrived, which are the journal's: tokens and keys ride in headers.
    // A receipt built online and sent offline after its answer was lost got its code and date at send time: taken off again.
    fiscalised: () => {
      const floats = new Set(simulator.memory.shifts.map((shift) => shift.id));
      const triedOnline = new Set(simulator.received.flatMap((r) => (r.method === 'POST' && r.path.endsWith('/receipts/sell') && r.id ? [r.id] : [])));
      return [...simulator.memory.receipts.values()]
        .filter((receipt) => receipt.status !== 'ERROR' && !floats.has(receipt.id))
        .map((receipt) => ({ uuid: receipt.id, documentId: receipt.id, body: receipt.offline && triedOnline.has(receipt.id) ? withoutOfflineFields(receipt.request) : receipt.request }));
    },
  };
}

function withoutOfflineFields(body: string): string {
  const fields = JSON.parse(body) as Record<string, unknown>;
  delete fields.fiscal_code;
  delete fields.fiscal_date;
  return JSON.stringify(fields);
}
