import type { DocumentKind } from '../../../../shared/devices/capabilities';
import type { TrainingDevice, TrainingFaults, TrainingRequest } from '../../driver';
import type { CheckboxConfig, CheckboxSecrets } from '../descriptor';
import { defaultOfflineSettings } from '../offline-mode';
import { defaultTaxCheckBase } from '../offline-tax-link';
import type { FaultTarget } from './faults';
import { startCheckboxSimulator, type CheckboxSimulator } from './server';
import { checkboxTorture } from './torture';

/** The route each document kind goes to; kinds Checkbox has no document for have none. */
export function targetOfKind(kind: DocumentKind): FaultTarget {
  switch (kind) {
    case 'sale':
    case 'moneyBack':
      return 'sell';
    case 'deposit':
    case 'withdraw':
      return 'service';
    case 'closeShift':
      return 'closeShift';
    case 'creditPay':
    case 'prepayment':
    case 'correction':
    case 'rollBack':
      throw new RangeError(`Checkbox has no ${kind} document`);
  }
}

/**
 * The simulator's fault plan and request log in the conformance suite's terms. A document goes
 * out as a POST with our UUID as its `id`; a GET of a receipt by that id is a lookup (recovery's,
 * or a poll of it).
 */
export function checkboxTrainingFaults(simulator: Pick<CheckboxSimulator, 'faults' | 'received'>): TrainingFaults {
  return {
    dropAnswer(kind, when) {
      simulator.faults.next({ kind: when === 'beforeCommit' ? 'dropBeforeCommit' : 'dropAfterCommit' }, targetOfKind(kind));
    },
    received: () =>
      simulator.received.flatMap((request): TrainingRequest[] => {
        if (!request.id) return [];
        if (request.method === 'POST' && /\/receipts\/(sell|sell-offline|service)$/.test(request.path)) return [{ uuid: request.id, lookup: false, body: request.body }];
        if (request.method === 'GET' && /\/receipts\/[0-9a-f-]{36}$/.test(request.path)) return [{ uuid: request.id, lookup: true, body: '' }];
        return [];
      }),
  };
}

/** The training server the app runs itself on loopback, its memory in the data folder. */
export const checkboxTraining: TrainingDevice<CheckboxConfig, CheckboxSecrets> = {
  memoryFile: 'training-checkbox.sqlite3',
  async start(memoryPath, options = {}) {
    const simulator = await startCheckboxSimulator({ memoryFile: memoryPath, random: options.random });
    const identity = simulator.service.identity;
    return {
      url: simulator.url,
      config: { url: simulator.url, signIn: 'pin', login: '', pollIntervalMs: 10, polls: 30, offlineReserve: 500, unreachableAfter: defaultOfflineSettings.unreachableAfter, goOnlineCalls: defaultOfflineSettings.goOnlineCalls, taxCheckUrl: defaultTaxCheckBase },
      secrets: { licenseKey: identity.licenseKey, pin: identity.pin, password: '', accessKey: '' },
      close: () => simulator.close(),
      faults: checkboxTrainingFaults(simulator),
      torture: checkboxTorture(simulator),
    };
  },
};
