import { z } from 'zod';

/** The doctor's findings, each a key of `doctor` in the translations (the CLI and the wizard show them). */
export const DoctorMessage = z.enum([
  'doctor.unreachable',
  'doctor.reachable',
  'doctor.pinLocked',
  'doctor.integrationOff',
  'doctor.wrongPassword',
  'doctor.noAnswer',
  'doctor.loggedIn',
  'doctor.needsLogin',
  'doctor.notCaspos',
  'doctor.refused',
  'doctor.identity',
  'doctor.shiftClosed',
  'doctor.shiftExpired',
  'doctor.shiftOpen',
  'doctor.printerOk',
  'doctor.printerMissing',
]);
export type DoctorMessage = z.infer<typeof DoctorMessage>;

export const CheckName = z.enum(['reachable', 'integration', 'login', 'shift', 'printer']);
export type CheckName = z.infer<typeof CheckName>;

/** One line of the diagnosis: what was checked, whether it is fine, and the fix when it is not. */
export const DoctorCheck = z.object({
  name: CheckName,
  ok: z.boolean(),
  /** What the installer reads, with its values. */
  message: DoctorMessage,
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type DoctorCheck = z.infer<typeof DoctorCheck>;
