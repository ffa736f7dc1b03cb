import { z } from 'zod';
import { DeviceCapabilities } from './devices/capabilities';
import type { Currency } from './money';

export const DeviceKind = z.enum(['caspos', 'checkbox', 'smartx', 'smartone']);
export type DeviceKind = z.infer<typeof DeviceKind>;

/**
 * `unavailable`: the app has no driver for the device (yet), as opposed to `offline`: it did
 * not answer.
 */
export const DeviceConnection = z.enum(['online', 'offline', 'connecting', 'unavailable']);
export type DeviceConnection = z.infer<typeof DeviceConnection>;

export const DeviceStatus = z.object({
  deviceId: z.string().min(1),
  kind: DeviceKind,
  name: z.string(),
  training: z.boolean(),
  connection: DeviceConnection,
  /** What the cashier may do on this device: the driver's declaration narrowed by the shop's switches; null without a driver. */
  capabilities: DeviceCapabilities.nullable(),
});
export type DeviceStatus = z.infer<typeof DeviceStatus>;

/** The system's name as its maker writes it: the same in every language. */
export const systemName: Record<DeviceKind, string> = {
  caspos: 'Caspos Mobile',
  checkbox: 'Checkbox',
  smartone: 'SmartOne Cashbox',
  smartx: 'iKassa SmartX',
};

/** The currency a fiscal system keeps its books in. */
export function currencyOf(kind: DeviceKind): Currency {
  switch (kind) {
    case 'caspos':
    case 'smartone':
      return 'AZN';
    case 'checkbox':
      return 'UAH';
    case 'smartx':
      return 'BYN';
  }
}

/**
 * The time zone of the shop's fiscal day: the device's own clock, not the PC's, which may be set
 * to anything (and is UTC on a test machine). Caspos devices keep Azerbaijan time (UTC+4, no
 * daylight saving since 2016); Ukraine and Belarus by their capitals' zones.
 */
export function timeZoneOf(kind: DeviceKind): string {
  switch (kind) {
    case 'caspos':
    case 'smartone':
      return 'Asia/Baku';
    case 'checkbox':
      return 'Europe/Kyiv';
    case 'smartx':
      return 'Europe/Minsk';
  }
}
