import type { AppContext } from '../app/context';
import { NotBlockingError } from '../journal/quarantine';
import { AppFailure } from '../app/app-failure';
import type { Handlers } from './dispatcher';

/**
 * The manager's view of quarantined journal documents, and the one decision on an unsettled one:
 * set it aside, never to be sent. The manager confirms with their own PIN again (the guard records
 * the call in the audit log), because the document may be a sale the customer paid for.
 */
export function createQuarantineHandlers(ctx: AppContext): Pick<Handlers, 'journal.quarantine' | 'journal.setAside'> {
  return {
    'journal.quarantine': () => ctx.journal.quarantine.list(),
    'journal.setAside': async ({ uuid, pin }, { authority }) => {
      const approver = authority?.approver ?? ctx.session.signedIn();
      const check = await ctx.people.check(approver.id, pin);
      switch (check.kind) {
        case 'ok':
          break;
        case 'wrong':
          throw new AppFailure('pin_wrong', 'Wrong PIN for setting a document aside', { attemptsLeft: check.attemptsLeft });
        case 'locked':
          throw new AppFailure('pin_locked', 'Too many wrong PINs', { until: check.until });
        case 'unknown':
          throw new AppFailure('not_permitted', 'The approver is not an active person');
      }
      try {
        ctx.journal.quarantine.setAside(uuid, approver.name);
      } catch (error) {
        if (error instanceof NotBlockingError) throw new AppFailure('invalid_input', error.message);
        throw error;
      }
      // The queue behind it may go on now.
      ctx.sender?.kick();
      return { uuid, state: 'setAside' as const };
    },
  };
}
