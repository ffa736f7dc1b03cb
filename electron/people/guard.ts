import type { ChannelName } from '../../shared/ipc/names';
import { AppFailure } from '../app/app-failure';
import { failureOf } from '../ipc/domain-failures';
import { accessOf, type AccessPolicy } from './access';
import { auditDetails } from './audit-details';
import type { AuditLog } from './audit-log';
import type { People } from './people';
import type { Authority, Session } from './session';

/** What a handler learns about the call besides its input: who did it, and who approved it. */
export interface CallContext {
  authority?: Authority;
}

/** Runs a call if the station's session may make it; privileged calls land in the audit log. */
export type Guard = (channel: ChannelName, input: unknown, run: (call: CallContext) => Promise<unknown>) => Promise<unknown>;

export function createGuard(session: Session, people: People, audit: AuditLog, policy: () => AccessPolicy): Guard {
  return async (channel, input, run) => {
    const access = accessOf(channel, input, policy());
    if (access === 'public') return run({});
    // Before the first person exists, the setup wizard configures the app without a PIN.
    if (access === 'setup' && people.activeCount() === 0) return run({});
    if (access === 'signedIn') {
      session.signedIn();
      return run({});
    }
    const action = access === 'setup' ? 'settings' : access.privilege;
    let authority: Authority;
    try {
      authority = session.take(action);
    } catch (error) {
      const actor = session.current();
      if (actor && error instanceof AppFailure) audit.record({ action, outcome: 'refused', actorId: actor.id, details: { channel } });
      throw error;
    }
    const who = { action, actorId: authority.actor.id, approverId: authority.approver.id };
    const read = typeof access === 'object' && access.read === true;
    try {
      const value = await run({ authority });
      if (!read) audit.record({ ...who, outcome: 'done', details: auditDetails(channel, input, value) });
      return value;
    } catch (error) {
      audit.record({ ...who, outcome: 'failed', details: { channel, error: failureOf(error)?.code ?? 'internal' } });
      throw error;
    }
  };
}
