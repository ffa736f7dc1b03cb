import type { flowChannels } from '../../shared/ipc/flow-channels';
import type { AppContext } from '../app/context';
import { creditAccountOf, openAdvances, openCreditAccounts } from '../journal/accounts';
import { AppFailure } from '../app/app-failure';
import type { Handlers } from './dispatcher';

type FlowChannel = keyof typeof flowChannels;

export function createFlowHandlers(ctx: AppContext): Pick<Handlers, FlowChannel> {
  return {
    'credit.accounts': ({ query }) => openCreditAccounts(ctx.journal, ctx.device.id, query),
    'credit.account': ({ uuid }) => {
      const entry = ctx.journal.byUuid(uuid);
      const account = entry && creditAccountOf(ctx.journal, entry);
      if (!account) throw new AppFailure('invalid_input', `Journal document ${uuid} is not a sale on credit the device took`);
      return account;
    },
    'advance.accounts': ({ query }) => openAdvances(ctx.journal, ctx.device.id, query),
  };
}
