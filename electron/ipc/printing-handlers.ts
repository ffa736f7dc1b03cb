import type { printingChannels } from '../../shared/printing/channels';
import { paperLabels } from '../../shared/printing/locales/paper-labels';
import type { ReceiptPrinterSettings } from '../../shared/printing/printer-settings';
import { AppFailure } from '../app/app-failure';
import type { AppContext } from '../app/context';
import { isLoopbackHost } from '../devices/loopback';
import type { Handlers } from './dispatcher';

type PrintingChannel = keyof typeof printingChannels;

export function createPrintingHandlers(ctx: AppContext): Pick<Handlers, PrintingChannel> {
  const view = () => ({ settings: ctx.settings.get('receiptPrinter'), needed: ctx.printing.needed() });
  // As for the devices: the web host sends nothing beyond this machine's loopback.
  const checked = (settings: ReceiptPrinterSettings) => {
    if (ctx.host === 'web' && settings.kind === 'network' && !isLoopbackHost(settings.host)) {
      throw new AppFailure('invalid_input', 'The web host reaches printers on loopback (127.0.0.0/8) only');
    }
    return settings;
  };
  return {
    'printer.get': view,
    'printer.save': ({ settings }, { authority }) => {
      ctx.settings.set('receiptPrinter', checked(settings));
      // The receipt printer is the till's equipment as the device is: its change is read with theirs.
      ctx.audit.record({ action: 'deviceChanged', outcome: 'done', actorId: authority?.actor.id, approverId: authority?.approver.id, details: { receiptPrinter: JSON.stringify(settings) } });
      return view();
    },
    'printer.test': ({ settings }) => ctx.printing.test(checked(settings), paperLabels[ctx.settings.get('locale')].testPage),
    'receipt.printState': ({ uuid }) => ctx.printing.state(uuid),
    'receipt.print': ({ uuid }) => ctx.printing.print(uuid),
    'receipt.reprintable': () => ({ reprintable: ctx.printing.needed() && ctx.settings.get('receiptPrinter').kind !== 'none' }),
    'receipt.reprint': async ({ uuid }) => {
      const person = ctx.session.signedIn();
      const entry = ctx.journal.byUuid(uuid);
      if (entry?.state !== 'done') throw new AppFailure('not_supported', 'only a fiscalised receipt is printed again');
      const state = await ctx.printing.reprint(uuid);
      // No printer set, or a device that prints itself: nothing was printed, nothing to record.
      if (state.state === 'off') return state;
      // Who printed which receipt again, and when (the row's time): a copy in a customer's hand is the shop's business.
      const number = entry.result?.documentNumber ?? null;
      ctx.audit.record({ action: 'receiptReprinted', outcome: state.state === 'failed' ? 'failed' : 'done', actorId: person.id, details: { kind: entry.kind, number, uuid } });
      return state;
    },
    'receipt.pdf': async ({ uuid, copy }) => {
      const pdf = await ctx.printing.pdf(uuid, copy ?? false);
      if (!pdf) throw new AppFailure('not_supported', 'the device gives no receipt to print for this document');
      return { fileName: pdf.fileName, mime: 'application/pdf', base64: pdf.bytes.toString('base64') };
    },
  };
}
