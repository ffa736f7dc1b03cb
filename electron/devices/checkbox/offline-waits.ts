import type { DocumentKind } from '../../../shared/devices/capabilities';
import { checkboxCashierExplanation } from '../../../shared/devices/checkbox/error-keys';
import type { DeviceRefusal } from '../../../shared/devices/refusal';

/** What waits for the register online while the driver sells offline. */
export type OfflineWaitCode = 'offline_waits_cash' | 'offline_waits_z' | 'offline_waits_float';

const texts: Record<OfflineWaitCode, string> = {
  offline_waits_cash: 'offline: cash in and out go out only online',
  offline_waits_z: 'offline: the Z report waits for the register online',
  offline_waits_float: 'offline: the opening float goes in only online',
};

/**
 * The document kinds that wait for the register online while new receipts are built offline.
 * A cash movement has no offline form in the seed (a service receipt is not fiscal and carries
 * no fiscal code or date, SEED:1373): between offline receipts it would go out online and break
 * their order of dates (SEED:3). The Z report is not made offline by this driver.
 */
export function offlineWait(kind: DocumentKind): OfflineWaitCode | undefined {
  switch (kind) {
    case 'deposit':
    case 'withdraw':
      return 'offline_waits_cash';
    case 'closeShift':
      return 'offline_waits_z';
    case 'sale':
    case 'moneyBack':
    case 'creditPay':
    case 'prepayment':
    case 'correction':
    case 'rollBack':
      return undefined;
  }
}

/** The refusal the cashier reads: that the register is offline, and what to do. */
export function offlineWaitRefusal(code: OfflineWaitCode): DeviceRefusal {
  return { system: 'checkbox', code, deviceText: texts[code], cashier: checkboxCashierExplanation(code) };
}
