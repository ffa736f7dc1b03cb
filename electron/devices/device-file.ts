import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DeviceKind, systemName } from '../../shared/device';
import type { DeviceInput } from './device-registry';

/**
 * A device described in a JSON file: its system, address, driver settings and secrets. The crash
 * tortures hand their training device to the app this way (`--device-file`), as a device on the
 * shop's LAN that outlives the app; the file keeps the secrets off the command line.
 */
export const DeviceFile = z.object({ kind: DeviceKind, url: z.url(), config: z.record(z.string(), z.unknown()), secrets: z.record(z.string(), z.string()) });
export type DeviceFile = z.infer<typeof DeviceFile>;

export class DeviceFileError extends Error {}

/** The device the file describes, ready for the registry; a file that is missing or does not fit is refused with why. */
export function readDeviceFile(path: string): DeviceInput {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DeviceFileError(`${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DeviceFileError(`${path}: not JSON`);
  }
  const parsed = DeviceFile.safeParse(json);
  if (!parsed.success) throw new DeviceFileError(`${path}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'file'} ${issue.message}`).join('; ')}`);
  const { kind, url, config, secrets } = parsed.data;
  return { kind, name: systemName[kind], url, config, secrets };
}
