import { z } from 'zod';
import { maxLines } from '../fiscal/limits';
import { DocumentMoney } from '../fiscal/units';
import { AuditEntry } from '../people/audit';
import { PersonName, PersonView, Pin, Role } from '../people/people';
import { PrivilegedAction } from '../people/privileges';

const NoInput = z.strictObject({});

/** Where the app keeps device passwords: the OS keychain, or a key file beside the data (web host). */
export const SecretProtection = z.enum(['os-keychain', 'file-key']);
export type SecretProtection = z.infer<typeof SecretProtection>;

/** People, PIN sign-in, manager approval and the audit log. */
export const peopleChannels = {
  /** Before anyone exists, the setup wizard runs. */
  'setup.status': { input: NoInput, output: z.object({ needsSetup: z.boolean(), secretProtection: SecretProtection }) },
  /** The wizard's last step: the first manager, signed in at once. Refused once anyone exists. */
  'setup.createManager': { input: z.strictObject({ name: PersonName, pin: Pin }), output: PersonView },
  /** The login screen's list: active people only, without anything secret. */
  'people.list': { input: NoInput, output: z.array(PersonView) },
  'session.current': { input: NoInput, output: z.object({ person: PersonView.nullable() }) },
  'session.signIn': { input: z.strictObject({ personId: z.number().int().positive(), pin: Pin }), output: PersonView },
  'session.signOut': { input: NoInput, output: z.object({}) },
  /** A manager's PIN approves one privileged action of the signed-in cashier. */
  'session.approve': { input: z.strictObject({ action: PrivilegedAction, pin: Pin.optional() }), output: z.object({ approver: PersonView }) },
  /** Everyone, inactive people included, for the settings screen. */
  'people.all': { input: NoInput, output: z.array(PersonView) },
  /** Adds a person (without id) or changes one; a PIN is required for a new person. */
  'people.save': {
    input: z.strictObject({ id: z.number().int().positive().optional(), name: PersonName, role: Role, pin: Pin.optional(), active: z.boolean() }),
    output: PersonView,
  },
  'audit.list': { input: z.strictObject({ from: z.iso.datetime(), to: z.iso.datetime() }), output: z.array(AuditEntry) },
  /** Clearing a cart with items is privileged: the call is the approval's record. */
  'cart.clear': { input: z.strictObject({ lines: z.number().int().positive().max(maxLines), total: DocumentMoney }), output: z.object({}) },
} as const;
