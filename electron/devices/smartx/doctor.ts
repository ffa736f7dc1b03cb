import type { DoctorCheck } from '../../../shared/doctor';
import { tcpProbe } from '../tcp-probe';
import { SmartXClient } from './client';
import { settingsOf, type SmartXConfig, type SmartXSecrets } from './config';
import { smartxDriver } from './driver';

const shiftHours = 24;

/**
 * Checks a SmartX register as an installer would, stopping at the first step that makes the
 * rest meaningless. It only reads (OTHER_INFO): it never probes a guessed fiscal operation name,
 * since a probe of "open shift" would open a shift (spec §2).
 */
export async function diagnose(config: SmartXConfig, secrets: SmartXSecrets, now: () => Date = () => new Date()): Promise<DoctorCheck[]> {
  const { hostname, port } = new URL(config.url);
  const address = `${hostname}:${port || 80}`;
  const problem = await tcpProbe(hostname, Number(port || 80), 3_000);
  if (problem) return [{ name: 'reachable', ok: false, message: 'doctor.unreachable', values: { address, reason: problem } }];
  const checks: DoctorCheck[] = [{ name: 'reachable', ok: true, message: 'doctor.reachable', values: { address } }];

  const settings = settingsOf(config);
  const driver = smartxDriver(new SmartXClient({ url: settings.url, pin: secrets.pin, operationNames: settings.operationNames, answerTimeoutMs: 10_000 }), settings);
  const info = await driver.info();
  if (info.kind === 'rejected') {
    const auth = info.refusal.code === '401' || info.refusal.code === '405';
    checks.push({ name: 'login', ok: false, message: auth ? 'doctor.wrongPassword' : 'doctor.refused', values: { code: info.refusal.code } });
    return checks;
  }
  if (info.kind === 'unknown') {
    checks.push({ name: 'integration', ok: false, message: 'doctor.notCaspos', values: { reason: info.reason } });
    return checks;
  }
  if (secrets.pin !== '') checks.push({ name: 'login', ok: true, message: 'doctor.loggedIn' });
  checks.push({ name: 'integration', ok: true, message: 'doctor.identity', values: { model: info.value?.model ?? '?', factory: info.value?.cashRegisterFactoryNumber ?? '?', company: info.value?.cashboxFactoryNumber ?? '?' } });

  const shift = await driver.shiftStatus();
  if (shift.kind !== 'done' || !shift.value) {
    checks.push({ name: 'shift', ok: false, message: 'doctor.noAnswer' });
    return checks;
  }
  const openedAt = shift.value.openedAt ? Date.parse(shift.value.openedAt) : undefined;
  const hours = openedAt === undefined ? 0 : Math.floor((now().getTime() - openedAt) / 3_600_000);
  if (!shift.value.open) checks.push({ name: 'shift', ok: true, message: 'doctor.shiftClosed' });
  else if (hours >= shiftHours) checks.push({ name: 'shift', ok: false, message: 'doctor.shiftExpired', values: { hours } });
  else checks.push({ name: 'shift', ok: true, message: 'doctor.shiftOpen', values: { hours } });
  return checks;
}
