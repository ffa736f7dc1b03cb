import { z } from 'zod';
import { DeviceStatus } from '../device';
import { Locale } from '../locale';
import type { ChannelName } from './names';

/** Channels without parameters still take an object, so extra fields are refused, not ignored. */
const NoInput = z.strictObject({});

export const HostKind = z.enum(['electron', 'web']);
export type HostKind = z.infer<typeof HostKind>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  host: HostKind,
  schemaVersion: z.number().int().nonnegative(),
  dataDir: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

const LocaleSetting = z.object({ locale: Locale });

interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}

export const contract = {
  'app.info': { input: NoInput, output: AppInfo },
  'settings.getLocale': { input: NoInput, output: LocaleSetting },
  'settings.setLocale': { input: z.strictObject({ locale: Locale }), output: LocaleSetting },
  'device.getStatus': { input: NoInput, output: DeviceStatus },
} as const satisfies { [C in ChannelName]: ChannelSpec };

export type Contract = typeof contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;
