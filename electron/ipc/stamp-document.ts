import type { FiscalDocument } from '../../shared/fiscal/documents';
import type { AppContext } from '../app/context';

/**
 * The signed-in person's name goes on every document, whatever the renderer sent: the device's
 * records must name who really worked. A sale without a note of its own gets the shop's
 * receipt note. Both were checked where they are kept (people: PersonName, settings: at most 200
 * characters) within the document's own limits, so the stamped document needs no second parse.
 */
export function stamped(ctx: AppContext, document: FiscalDocument): FiscalDocument {
  const cashierName = ctx.session.signedIn().name;
  if (document.kind !== 'sale') return { ...document, cashierName };
  const receiptNote = ctx.settings.get('receiptNote');
  return { ...document, cashierName, note: document.note ?? (receiptNote || undefined) };
}
