import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { DeviceKind } from '../../../shared/device';
import { tortureDeviceKind } from './torture-device';

export interface TortureFlags {
  kind: DeviceKind;
  sales: number;
  kills: number;
  seed: number;
}

/**
 * `--sales N --kills N [--seed N] [--device KIND]` of both tortures' commands, each with its own
 * defaults. A flag that does not fit is refused with a sentence and exit code 2.
 */
export function parseTortureFlags(argv: string[], defaults: { sales: number; kills: number }): TortureFlags {
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      options: { sales: { type: 'string' }, kills: { type: 'string' }, seed: { type: 'string' }, device: { type: 'string' } },
    });
    const kind = tortureDeviceKind(values.device);
    const counts = z
      .object({
        sales: z.coerce.number().int().positive().default(defaults.sales),
        kills: z.coerce.number().int().positive().default(defaults.kills),
        seed: z.coerce.number().int().default(Date.now() % 1_000_000),
      })
      .safeParse({ sales: values.sales, kills: values.kills, seed: values.seed });
    if (!counts.success) throw new RangeError(counts.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; '));
    return { kind, ...counts.data };
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
