import { AppFailure } from '../app/app-failure';
import type { Handlers } from './dispatcher';

/** While the app runs normally there is nothing to recover: the recovery screen's channels refuse. */
export function createStartupHandlers(): Pick<Handlers, 'startup.status' | 'startup.restore' | 'startup.startNew' | 'startup.useFolder'> {
  const refuse = () => {
    throw new AppFailure('not_permitted', 'The database is open: there is nothing to recover');
  };
  return { 'startup.status': () => ({ problem: null }), 'startup.restore': refuse, 'startup.startNew': refuse, 'startup.useFolder': refuse };
}
