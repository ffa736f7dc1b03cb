import type { DoctorCheck } from '../../../shared/doctor';
import { tcpProbe } from '../tcp-probe';
import { outcomeOf, SmartOneClient } from './client';
import { readInfo, readShiftStatus } from './results';

export interface DoctorOptions {
  url: string;
  merchantId: string;
  now?: () => Date;
}

/**
 * Checks a SmartOne device the way an installer would, one step at a time: reachable, then a
 * signed /check_shift (which proves the merchant id), then who it is and its shift. It has no
 * printer route, so the printer is not checked.
 */
export async function diagnose(options: DoctorOptions): Promise<DoctorCheck[]> {
  const { hostname, port } = new URL(options.url);
  const address = `${hostname}:${port || 80}`;
  const problem = await tcpProbe(hostname, Number(port || 80), 3_000);
  if (problem) return [{ name: 'reachable', ok: false, message: 'doctor.unreachable', values: { address, reason: problem } }];
  const checks: DoctorCheck[] = [{ name: 'reachable', ok: true, message: 'doctor.reachable', values: { address } }];

  const client = new SmartOneClient({ url: options.url, merchantId: options.merchantId, answerTimeoutMs: 10_000 });
  const shift = outcomeOf(await client.call('check_shift', '{}'), readShiftStatus);
  switch (shift.kind) {
    case 'unknown':
      // No SmartOne envelope: something else listens on this port.
      checks.push({ name: 'integration', ok: false, message: 'doctor.notCaspos', values: { code: 0 } });
      return checks;
    case 'rejected':
      // Code 1: the signature, so the merchant id, is wrong.
      checks.push({ name: 'integration', ok: false, message: shift.refusal.code === '1' ? 'doctor.wrongPassword' : 'doctor.refused', values: { code: shift.refusal.code } });
      return checks;
    case 'done':
      break;
  }
  const info = outcomeOf(await client.call('get_info', '{}'), readInfo);
  const identity = info.kind === 'done' ? info.value : {};
  checks.push({ name: 'integration', ok: true, message: 'doctor.identity', values: { model: identity.model ?? 'SmartOne', factory: identity.cashRegisterFactoryNumber ?? '?', company: identity.objectName ?? '?' } });

  const { open, openedAt } = shift.value;
  const hours = openedAt === undefined ? 0 : Math.floor(((options.now ?? (() => new Date()))().getTime() - Date.parse(openedAt)) / 3_600_000);
  if (!open) checks.push({ name: 'shift', ok: true, message: 'doctor.shiftClosed' });
  else if (hours >= 24) checks.push({ name: 'shift', ok: false, message: 'doctor.shiftExpired', values: { hours } });
  else checks.push({ name: 'shift', ok: true, message: 'doctor.shiftOpen', values: { hours } });
  return checks;
}
