import type { DoctorCheck } from '../../../shared/doctor';
import { CurrentShiftAnswer, RegisterAnswer, SignatureAnswer } from './answers';
import { CheckboxClient, type CheckboxClientOptions } from './client';
import type { Reply } from './errors';

function code(reply: Reply<unknown>): string {
  return reply.kind === 'refused' ? reply.code : reply.kind === 'unknown' ? reply.reason : 'ok';
}

/**
 * The installer's "Test" (drivers/checkbox.md §7): the register by its licence key, the cashier's
 * sign-in, the signature agent, and the shift's age; stopping where the rest is meaningless.
 */
export async function diagnose(options: CheckboxClientOptions): Promise<DoctorCheck[]> {
  const client = new CheckboxClient({ ...options, answerTimeoutMs: 10_000 });
  const address = new URL(options.url).host;
  const register = await client.call('GET', '/cash-registers/info', RegisterAnswer, { license: true, auth: false });
  if (register.kind === 'unknown') return [{ name: 'reachable', ok: false, message: 'doctor.unreachable', values: { address, reason: register.detail } }];
  const checks: DoctorCheck[] = [{ name: 'reachable', ok: true, message: 'doctor.reachable', values: { address } }];
  if (register.kind !== 'ok') return [...checks, { name: 'integration', ok: false, message: 'doctor.refused', values: { code: register.code } }];
  checks.push({ name: 'integration', ok: true, message: 'doctor.identity', values: { model: 'Checkbox', factory: register.value.fiscal_number, company: register.value.title ?? '?' } });

  const signedIn = await client.signIn();
  if (signedIn.kind !== 'ok') return [...checks, { name: 'login', ok: false, message: signedIn.kind === 'unknown' ? 'doctor.noAnswer' : 'doctor.wrongPassword', values: { code: code(signedIn) } }];
  const signer = await client.call('GET', '/cashier/check-signature', SignatureAnswer);
  if (signer.kind !== 'ok' || !signer.value.online) return [...checks, { name: 'login', ok: false, message: 'doctor.refused', values: { code: signer.kind === 'ok' ? 'signer_down' : code(signer) } }];
  checks.push({ name: 'login', ok: true, message: 'doctor.loggedIn' });

  const shift = await client.call('GET', '/cashier/shift', CurrentShiftAnswer);
  if (shift.kind !== 'ok') checks.push({ name: 'shift', ok: false, message: 'doctor.noAnswer', values: { code: code(shift) } });
  else if (shift.value?.status !== 'OPENED') checks.push({ name: 'shift', ok: true, message: 'doctor.shiftClosed' });
  else {
    const hours = shift.value.opened_at ? Math.floor((Date.now() - Date.parse(shift.value.opened_at)) / 3_600_000) : 0;
    checks.push({ name: 'shift', ok: hours < 24, message: hours < 24 ? 'doctor.shiftOpen' : 'doctor.shiftExpired', values: { hours } });
  }
  await client.signOut();
  return checks;
}
