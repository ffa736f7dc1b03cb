import { z } from 'zod';

/**
 * One line of the diagnosis: what was checked, whether it is fine, and the fix when it is not.
 * Each driver's doctor names its own checks and messages: a message is an i18n key, in the core
 * `doctor` texts or the driver's own (shared/devices/<kind>/locales).
 */
export const DoctorCheck = z.object({
  /** The check's name, such as `reachable`, `login` or `shift`. */
  name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/),
  ok: z.boolean(),
  /** What the installer reads (an i18n key), with its values. */
  message: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_.]{0,99}$/),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type DoctorCheck = z.infer<typeof DoctorCheck>;
