import type { PrintableKind, PrintableReceipt } from '../../../shared/printing/printable-receipt';
import { lineTotal } from '../../../shared/fiscal/receipt-math';
import type { OfflineDocument } from '../driver';
import { cardLabel, cashLabel } from './mapping';
import { defaultTaxCheckBase, offlineTaxUrl } from './offline-tax-link';

/** What the offline receipt's header says of the register, read while the service answered. */
export interface RegisterHeader {
  fiscalNumber?: string;
  title?: string;
  address?: string;
}

/**
 * The paper of a receipt made offline, at the moment of sale: the service has not answered it
 * (it cannot be reached), so its text does not exist yet. The law still wants the
 * customer's receipt with its fiscal code at once: it is composed from the journal's own
 * document (the same lines, tenders and rounding that the stored bytes carry), the reserved
 * code and the journal's commit time (the receipt's offline fiscal date), marked provisional,
 * with the tax QR code built from them (offline-tax-link.ts).
 * Null for a document that is no receipt offline (cash in/out and Z wait for the register online).
 */
export function offlinePrintable(uuid: string, offline: OfflineDocument, register: RegisterHeader, taxCheckBase: string = defaultTaxCheckBase): PrintableReceipt | null {
  const doc = offline.document;
  if (doc.kind !== 'sale' && doc.kind !== 'moneyBack') return null;
  const kind: PrintableKind = doc.kind === 'sale' ? 'sale' : 'return';
  const lines = doc.lines.map((line) => ({ name: line.name, quantity: line.quantity, price: line.price, sum: lineTotal(line) }));
  const total = lines.reduce((sum, line) => sum + line.sum, 0);
  const rounding = doc.cashRounding ?? 0;
  const { cash, card } = doc.tenders;
  const taxUrl = register.fiscalNumber ? offlineTaxUrl({ fiscalCode: offline.fiscalCode, fiscalNumber: register.fiscalNumber, at: offline.journaledAt, sum: total + rounding }, taxCheckBase) : undefined;
  return {
    uuid,
    // The law's language for a Ukrainian PRRO receipt, as for the service's own text.
    locale: 'uk',
    kind,
    issuedAt: offline.journaledAt,
    header: [
      ...(register.title ? [register.title] : []),
      ...(register.address ? [register.address] : []),
      ...(register.fiscalNumber ? [`ФН ПРРО ${register.fiscalNumber}`] : []),
    ],
    lines,
    total,
    rounding,
    payments: [...(cash > 0 ? [{ tender: 'cash' as const, label: cashLabel, amount: cash }] : []), ...(card > 0 ? [{ tender: 'card' as const, label: cardLabel, amount: card }] : [])],
    // `tenders.cash` is what was handed over: the change is what it and the card exceed the rounded total by.
    change: Math.max(0, cash + card - (total + rounding)),
    minorUnit: 100,
    fiscalCode: offline.fiscalCode,
    // The law's QR code of an offline receipt: its code, date and time, sum and register, checkable once delivered.
    ...(taxUrl ? { taxUrl } : {}),
    provisional: true,
  };
}
