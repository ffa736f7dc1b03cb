import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DeviceKind } from '../../shared/device';
import { descriptorOf } from '../devices/registry';

const Flags = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  dataDir: z.string().min(1),
  deviceUrl: z.url({ protocol: /^https?$/ }).optional(),
  training: DeviceKind.refine((kind) => descriptorOf(kind)?.training !== undefined, {
    error: () => `no training device for this system; one of ${DeviceKind.options.filter((kind) => descriptorOf(kind)?.training).join(', ')}`,
  }).optional(),
  deviceFile: z.string().min(1).optional(),
});
export type Flags = z.infer<typeof Flags>;

export const defaultPort = 4870;

export class FlagError extends Error {}

/**
 * `--port` / KASSA_PORT and `--data-dir` / KASSA_DATA_DIR, so tests run each in its own folder
 * on a free port (`--port 0`); `--device-url` / KASSA_DEVICE_URL sells on the Caspos device at
 * that address instead of the training device; `--training` / KASSA_TRAINING sells on the
 * training device of that system (caspos, checkbox, smartone, smartx); `--device-file` sells on
 * the device its JSON describes (kind, url, config, secrets: a device a test runs outside the
 * app, such as the shift torture's). A flag wins over the environment.
 */
export function parseHostFlags(argv: string[], env: NodeJS.ProcessEnv, fallbackDataDir: string): Flags {
  let values: { port?: string; 'data-dir'?: string; 'device-url'?: string; training?: string; 'device-file'?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, 'device-url': { type: 'string' }, training: { type: 'string' }, 'device-file': { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new FlagError((error as Error).message);
  }
  const parsed = Flags.safeParse({
    port: values.port ?? env.KASSA_PORT ?? defaultPort,
    dataDir: values['data-dir'] ?? env.KASSA_DATA_DIR ?? fallbackDataDir,
    deviceUrl: values['device-url'] ?? env.KASSA_DEVICE_URL,
    training: values.training ?? env.KASSA_TRAINING,
    deviceFile: values['device-file'],
  });
  if (!parsed.success) {
    throw new FlagError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  }
  return parsed.data;
}
