import { describe, expect, it } from 'vitest';
import { DeviceKind } from '../../../shared/device';
import { descriptorOf } from '../../devices/registry';
import { tortureDeviceKind } from './torture-device';

describe('the torture’s --device flag', () => {
  it('takes Caspos by default and by name', () => {
    expect(tortureDeviceKind(undefined)).toBe('caspos');
    expect(tortureDeviceKind('caspos')).toBe('caspos');
  });

  it('refuses a kind nobody knows, naming the ones it takes', () => {
    expect(() => tortureDeviceKind('epson')).toThrow('Unknown device kind "epson": --device takes one of caspos, checkbox, smartx, smartone');
  });

  it('refuses a known kind that has no driver with a training device yet', () => {
    const untrained = DeviceKind.options.filter((kind) => !descriptorOf(kind)?.training);
    if (untrained.length === 0) console.info('every registered system has a training device: no kind is left to refuse');
    for (const kind of untrained) expect(() => tortureDeviceKind(kind)).toThrow(`No ${kind} driver with a training device is registered`);
  });
});
