import type { DeviceKind } from '../../shared/device';
import type { DeviceCapabilities } from '../../shared/devices/capabilities';
import type { DeviceFeatures } from '../../shared/devices/device-features';
import { descriptorOf } from './registry';

/** What the driver of `kind` declares its system can do (its descriptor); none where no driver exists yet. */
export function declaredCapabilities(kind: DeviceKind): DeviceCapabilities | null {
  return descriptorOf(kind)?.capabilities ?? null;
}

/**
 * The declared capabilities narrowed by what the shop has of its device: a switch the shop turns
 * off takes away every button and document that depends on it, and never adds what the driver
 * lacks. Cash stays: every fiscal system takes it.
 */
export function effectiveCapabilities(declared: DeviceCapabilities, features: DeviceFeatures): DeviceCapabilities {
  const withoutCredit = !features.credit;
  return {
    ...declared,
    cashDrawer: declared.cashDrawer && features.cashDrawer,
    documentKinds: declared.documentKinds.filter((kind) => !(kind === 'rollBack' && !features.rollBack) && !(kind === 'creditPay' && withoutCredit)),
    refundTypes: declared.refundTypes.filter((type) => !(type === 'creditPay' && withoutCredit)),
    tenders: declared.tenders.filter((tender) => !(tender === 'credit' && withoutCredit) && !(tender === 'bonus' && !features.bonus)),
  };
}
