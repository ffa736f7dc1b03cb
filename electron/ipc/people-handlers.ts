import { canApprove } from '../../shared/people/people';
import type { AppContext } from '../app/context';
import { LastApproverError, PersonExistsError } from '../people/people';
import { AppFailure } from '../app/app-failure';
import type { Handlers } from './dispatcher';

type PeopleChannel =
  | 'setup.status'
  | 'setup.createManager'
  | 'people.list'
  | 'session.current'
  | 'session.signIn'
  | 'session.signOut'
  | 'session.approve'
  | 'people.all'
  | 'people.save'
  | 'audit.list'
  | 'cart.clear';

/** Turns the people store's refusals into typed errors the renderer translates. */
async function saving<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PersonExistsError) throw new AppFailure('person_exists', error.message);
    if (error instanceof LastApproverError) throw new AppFailure('last_approver', error.message);
    throw error;
  }
}

export function createPeopleHandlers(ctx: AppContext): Pick<Handlers, PeopleChannel> {
  return {
    'setup.status': () => ({ needsSetup: ctx.people.activeCount() === 0, secretProtection: ctx.secrets.protection }),
    'setup.createManager': async ({ name, pin }) => {
      if (ctx.people.activeCount() > 0) throw new AppFailure('setup_done', 'The first manager exists already');
      const person = await saving(() => ctx.people.create(name, 'manager', pin));
      ctx.session.start(person);
      ctx.audit.record({ action: 'setupCompleted', outcome: 'done', actorId: person.id });
      return person;
    },
    'people.list': () => ctx.people.list().filter((person) => person.active),
    'session.current': () => ({ person: ctx.session.current() ?? null }),
    'session.signIn': ({ personId, pin }) => ctx.session.signIn(personId, pin),
    'session.signOut': () => {
      ctx.session.signOut();
      return {};
    },
    'session.approve': async ({ action, pin }) => ({ approver: await ctx.session.approve(action, pin) }),
    'people.all': () => ctx.people.list(),
    'people.save': async ({ id, name, role, pin, active }, { authority }) => {
      const approver = authority?.approver;
      const existing = id === undefined ? undefined : ctx.people.byId(id);
      if (id !== undefined && !existing) throw new AppFailure('invalid_input', `No person ${id}`);
      // A cashier approved into the settings may add and change cashiers, never someone who can
      // approve, never themselves, and never make anyone able to approve.
      if (authority && !canApprove(authority.actor.role)) {
        const touchesApprover = canApprove(role) || (existing !== undefined && canApprove(existing.role)) || existing?.id === authority.actor.id;
        if (touchesApprover) throw new AppFailure('not_permitted', 'A cashier cannot change managers, administrators or themselves');
      }
      // Only an administrator makes, changes or removes an administrator.
      if ((role === 'administrator' || existing?.role === 'administrator') && approver?.role !== 'administrator') {
        throw new AppFailure('not_permitted', 'Only an administrator manages administrators');
      }
      if (!existing) {
        if (pin === undefined) throw new AppFailure('invalid_input', 'A new person needs a PIN');
        const person = await saving(() => ctx.people.create(name, role, pin));
        ctx.audit.record({ action: 'personCreated', outcome: 'done', actorId: authority?.actor.id, approverId: approver?.id, details: { person: person.name, role } });
        return person;
      }
      const person = await saving(() => ctx.people.update(existing.id, { name, role, pin, active }));
      ctx.audit.record({
        action: 'personChanged',
        outcome: 'done',
        actorId: authority?.actor.id,
        approverId: approver?.id,
        details: { person: person.name, role, active, pinChanged: pin !== undefined },
      });
      return person;
    },
    'audit.list': ({ from, to }) => ctx.audit.list(from, to),
    // The guard has checked the approval and written the audit entry; clearing is the renderer's.
    'cart.clear': () => ({}),
  };
}
