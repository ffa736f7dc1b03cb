import type { AppContext } from '../app/context';
import { documentView } from '../journal/document-view';
import { refundableLines } from '../journal/refundable';
import { AppFailure } from './app-failure';
import { deviceCall } from './device-call';
import type { Handlers } from './dispatcher';

type CounterChannel = 'device.info' | 'device.printLast' | 'device.openDrawer' | 'journal.get' | 'journal.list' | 'journal.refundable';

function entryByUuid(ctx: AppContext, uuid: string) {
  const entry = ctx.journal.byUuid(uuid);
  if (!entry) throw new AppFailure('invalid_input', `No journal document ${uuid}`);
  return entry;
}

export function createCounterHandlers(ctx: AppContext): Pick<Handlers, CounterChannel> {
  return {
    'device.info': () => deviceCall(ctx, 'getInfo', (driver) => driver.info()),
    'device.printLast': async () => {
      await deviceCall(ctx, 'printLastCheque', (driver) => driver.printLast());
      return {};
    },
    'device.openDrawer': async () => {
      await deviceCall(ctx, 'openCashbox', (driver) => driver.openDrawer());
      return {};
    },
    'journal.get': ({ uuid }) => documentView(entryByUuid(ctx, uuid)),
    'journal.list': ({ from, to }) => ctx.journal.list(ctx.device.id, from, to).map(documentView),
    'journal.refundable': ({ uuid }) => ({ lines: refundableLines(ctx.journal, entryByUuid(ctx, uuid)) }),
  };
}
