import { networkInterfaces } from 'node:os';
import type { AppContext } from '../app/context';
import { interfaceRanges, isLoopbackRange } from '../devices/ranges';
import { discoverDevices } from '../devices/registry';
import { documentView } from '../journal/document-view';
import { refundableEntry } from '../journal/accounts';
import { AppFailure } from '../app/app-failure';
import { deviceCall } from './device-call';
import { requireCapability } from './capability-guard';
import type { Handlers } from './dispatcher';

type CounterChannel = 'device.info' | 'device.printLast' | 'device.openDrawer' | 'device.discover' | 'journal.get' | 'journal.list' | 'journal.refundable';

function entryByUuid(ctx: AppContext, uuid: string) {
  const entry = ctx.journal.byUuid(uuid);
  if (!entry) throw new AppFailure('invalid_input', `No journal document ${uuid}`);
  return entry;
}

export function createCounterHandlers(ctx: AppContext): Pick<Handlers, CounterChannel> {
  return {
    'device.info': () => deviceCall(ctx, 'getInfo', (driver) => driver.info()),
    'device.printLast': async () => {
      requireCapability(ctx, 'report.reprint');
      await deviceCall(ctx, 'printLastCheque', (driver) => driver.printLast());
      return {};
    },
    'device.openDrawer': async () => {
      requireCapability(ctx, 'cashDrawer');
      await deviceCall(ctx, 'openCashbox', (driver) => driver.openDrawer());
      return {};
    },
    'device.discover': async ({ ranges }) => {
      const chosen = ranges ?? (ctx.host === 'electron' ? interfaceRanges(networkInterfaces()) : undefined);
      // The web host serves tests and demos: it never scans beyond this machine.
      if (!chosen || (ctx.host === 'web' && !chosen.every(isLoopbackRange))) {
        throw new AppFailure('invalid_input', 'The web host scans loopback ranges (127.0.0.0/8) only');
      }
      return discoverDevices(chosen, (progress) => ctx.bus.emit('discovery.progress', progress));
    },
    'journal.get': ({ uuid }) => documentView(entryByUuid(ctx, uuid), ctx.device),
    'journal.list': ({ from, to }) => ctx.journal.list(ctx.device.id, from, to).map((entry) => documentView(entry, ctx.device)),
    'journal.refundable': ({ uuid }) => {
      const refundable = refundableEntry(ctx.journal, entryByUuid(ctx, uuid));
      if (!refundable) throw new AppFailure('invalid_input', `Journal document ${uuid} is not a document the device took that can be refunded`);
      return refundable;
    },
  };
}
