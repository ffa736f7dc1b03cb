import type { printingChannels } from '../../shared/printing/channels';
import { paperLabels } from '../../shared/printing/locales/paper-labels';
import { AppFailure } from '../app/app-failure';
import type { AppContext } from '../app/context';
import { receiptPdf } from '../printing/receipt-pdf';
import type { Handlers } from './dispatcher';

type PrintingChannel = keyof typeof printingChannels;

export function createPrintingHandlers(ctx: AppContext): Pick<Handlers, PrintingChannel> {
  const view = () => ({ settings: ctx.settings.get('receiptPrinter'), needed: ctx.printing.needed() });
  return {
    'printer.get': view,
    'printer.save': ({ settings }, { authority }) => {
      ctx.settings.set('receiptPrinter', settings);
      // The receipt printer is the till's equipment as the device is: its change is read with theirs.
      ctx.audit.record({ action: 'deviceChanged', outcome: 'done', actorId: authority?.actor.id, approverId: authority?.approver.id, details: { receiptPrinter: JSON.stringify(settings) } });
      return view();
    },
    'printer.test': ({ settings }) => ctx.printing.test(settings, paperLabels[ctx.settings.get('locale')].testPage),
    'receipt.printState': ({ uuid }) => ctx.printing.state(uuid),
    'receipt.print': ({ uuid }) => ctx.printing.print(uuid),
    'receipt.pdf': async ({ uuid }) => {
      const printable = await ctx.printing.printable(uuid);
      if (!printable) throw new AppFailure('not_supported', 'the device gives no receipt to print for this document');
      const pdf = await receiptPdf(printable.receipt, printable.columns);
      return { fileName: `receipt-${printable.receipt.number ?? uuid}.pdf`, mime: 'application/pdf', base64: pdf.toString('base64') };
    },
  };
}
