import { CasposClient } from './client';
import { tcpProbe } from '../tcp-probe';
import type { Outcome } from './outcome';
import type { DoctorCheck } from '../../../shared/doctor';

export interface DoctorOptions {
  url: string;
  username: string;
  password: string;
  session: boolean;
  now?: () => Date;
}

function refusal(outcome: Outcome<unknown>): number | undefined {
  return outcome.kind === 'rejected' ? outcome.error.code : undefined;
}

/**
 * Checks a Caspos device the way an installer would, one step at a time, stopping at the first
 * step that makes the next ones meaningless.
 */
export async function diagnose(options: DoctorOptions): Promise<DoctorCheck[]> {
  const { hostname, port } = new URL(options.url);
  const checks: DoctorCheck[] = [];
  const problem = await tcpProbe(hostname, Number(port || 80), 3_000);
  if (problem) return [{ name: 'reachable', ok: false, message: 'doctor.unreachable', values: { address: `${hostname}:${port}`, reason: problem } }];
  checks.push({ name: 'reachable', ok: true, message: 'doctor.reachable', values: { address: `${hostname}:${port}` } });

  const client = new CasposClient({ url: options.url, credentials: options, auth: options.session ? 'session' : 'integration', answerTimeoutMs: 10_000 });
  if (options.session) {
    const login = await client.login();
    const code = refusal(login);
    if (login.kind !== 'done') {
      checks.push({ name: 'login', ok: false, message: code === 405 ? 'doctor.pinLocked' : code === 403 ? 'doctor.integrationOff' : code === 404 ? 'doctor.wrongPassword' : 'doctor.noAnswer' });
      return checks;
    }
    checks.push({ name: 'login', ok: true, message: 'doctor.loggedIn' });
  }

  const info = await client.getInfo();
  if (info.kind !== 'done' || !info.value) {
    const code = refusal(info);
    checks.push({ name: 'integration', ok: false, message: code === 403 ? 'doctor.integrationOff' : code === 401 ? 'doctor.needsLogin' : code === undefined ? 'doctor.notCaspos' : 'doctor.refused', values: { code: code ?? 0 } });
    return checks;
  }
  checks.push({ name: 'integration', ok: true, message: 'doctor.identity', values: { model: info.value.model ?? '?', factory: info.value.cashboxFactoryNumber ?? '?', company: info.value.companyName ?? '?' } });

  const shift = await client.getShiftStatus();
  if (shift.kind === 'done' && shift.value) {
    const openedAt = shift.value.openedAt ? Date.parse(shift.value.openedAt) : undefined;
    const hours = openedAt === undefined ? 0 : ((options.now ?? (() => new Date()))().getTime() - openedAt) / 3_600_000;
    if (!shift.value.open) checks.push({ name: 'shift', ok: true, message: 'doctor.shiftClosed' });
    else if (hours >= 24) checks.push({ name: 'shift', ok: false, message: 'doctor.shiftExpired', values: { hours: Math.floor(hours) } });
    else checks.push({ name: 'shift', ok: true, message: 'doctor.shiftOpen', values: { hours: Math.floor(hours) } });
  } else {
    checks.push({ name: 'shift', ok: false, message: 'doctor.noAnswer' });
  }

  const printer = await client.isConnectedPrinter();
  checks.push(printer.kind === 'done' ? { name: 'printer', ok: true, message: 'doctor.printerOk' } : { name: 'printer', ok: false, message: 'doctor.printerMissing' });
  return checks;
}
