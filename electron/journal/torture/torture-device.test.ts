import { describe, expect, it } from 'vitest';
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
    expect(() => tortureDeviceKind('smartone')).toThrow('No smartone driver with a training device is registered');
  });
});
