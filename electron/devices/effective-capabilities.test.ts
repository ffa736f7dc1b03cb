import { DeviceKind } from '../../shared/device';
import { describe, expect, it } from 'vitest';
import { casposCapabilities } from '../../shared/devices/caspos/capabilities';
import { checkboxCapabilities } from '../../shared/devices/checkbox/capabilities';
import { DeviceCapabilities } from '../../shared/devices/capabilities';
import { allDeviceFeatures } from '../../shared/devices/device-features';
import { declaredCapabilities, effectiveCapabilities } from './effective-capabilities';
import { descriptorOf } from './registry';

describe('effective capabilities', () => {
  it('are the driver\'s declaration where the shop has everything', () => {
    expect(effectiveCapabilities(casposCapabilities, allDeviceFeatures)).toEqual(casposCapabilities);
    expect(declaredCapabilities('caspos')).toBe(casposCapabilities);
    expect(declaredCapabilities('checkbox')).toBe(checkboxCapabilities);
    for (const kind of DeviceKind.options) expect(declaredCapabilities(kind)).toBe(descriptorOf(kind)?.capabilities ?? null);
  });

  it('lose the drawer, rollback, credit and bonus each by its own switch, and nothing else', () => {
    const narrowed = effectiveCapabilities(casposCapabilities, { cashDrawer: false, credit: false, rollBack: false, bonus: false });
    expect(DeviceCapabilities.parse(narrowed)).toEqual(narrowed);
    expect(narrowed).toEqual({
      ...casposCapabilities,
      cashDrawer: false,
      documentKinds: ['sale', 'moneyBack', 'prepayment', 'deposit', 'withdraw', 'correction', 'closeShift'],
      refundTypes: ['sale', 'prepayment'],
      tenders: ['cash', 'card', 'prepayment'],
    });
    expect(effectiveCapabilities(casposCapabilities, { ...allDeviceFeatures, rollBack: false }).documentKinds).not.toContain('rollBack');
    expect(effectiveCapabilities(casposCapabilities, { ...allDeviceFeatures, rollBack: false }).tenders).toEqual(casposCapabilities.tenders);
    expect(effectiveCapabilities(casposCapabilities, { ...allDeviceFeatures, bonus: false }).tenders).toEqual(['cash', 'card', 'credit', 'prepayment']);
  });

  it('never add what the driver lacks', () => {
    const bare = { ...casposCapabilities, cashDrawer: false, documentKinds: ['sale' as const], refundTypes: [], tenders: ['cash' as const] };
    expect(effectiveCapabilities(bare, allDeviceFeatures)).toEqual(bare);
  });
});
