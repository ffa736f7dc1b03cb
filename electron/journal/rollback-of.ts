import type { CorrectionDocument, FiscalDocument, RollBackDocument, SaleDocument } from '../../shared/fiscal/documents';
import { linesTotal, nonCashTotal, vatBreakdown } from '../../shared/fiscal/receipt-math';
import { FlowRefusedError } from './document-service';
import { documentOf, type Journal } from './journal';

/**
 * A rollback mirrors its parent: the same tenders back (a sale's change taken out of its cash)
 * and the gross per VAT regime, as the device booked them. Built here, in the main process, from
 * the parent the journal holds; whatever figures a caller sent are not trusted (issue 15).
 */
export function rollBackOf(parent: SaleDocument | CorrectionDocument, parentUuid: string, cashierName: string, note?: string): RollBackDocument {
  const named = { kind: 'rollBack' as const, cashierName, parentUuid, ...(note === undefined ? {} : { note }) };
  if (parent.kind === 'correction') {
    return { ...named, tenders: { cash: parent.cash, card: parent.card, bonus: 0, credit: 0, prepayment: 0 }, vatAmounts: [{ vatRate: parent.vatRate, sum: parent.cash + parent.card }] };
  }
  const total = linesTotal(parent.lines);
  return {
    ...named,
    tenders: { ...parent.tenders, cash: total - nonCashTotal(parent.tenders) },
    vatAmounts: vatBreakdown(parent.lines).map((g) => ({ vatRate: g.vatRate, sum: g.gross })),
  };
}

/**
 * The rollback of the document the journal holds as `parentUuid`: what the renderer asks for by
 * naming the parent only. A parent this device did not do (or not a sale or correction) is refused.
 */
export function rollBackFor(journal: Journal, deviceId: string, parentUuid: string, cashierName: string): RollBackDocument {
  const entry = journal.byUuid(parentUuid);
  if (!entry || entry.deviceId !== deviceId) throw new FlowRefusedError({ problem: 'parentUnknown' });
  if (entry.state !== 'done') throw new FlowRefusedError({ problem: 'parentNotDone' });
  const parent = documentOf(entry);
  if (parent.kind !== 'sale' && parent.kind !== 'correction') throw new FlowRefusedError({ problem: 'parentUnknown' });
  return rollBackOf(parent, parentUuid, cashierName);
}

/**
 * A rollback naming a sale or correction this device did, rebuilt from that parent; any other
 * document, or a parent the journal does not hold done, unchanged (the journal's own checks
 * refuse those before anything is stored).
 */
export function mirroredParent(journal: Journal, deviceId: string, document: FiscalDocument): FiscalDocument {
  if (document.kind !== 'rollBack' || document.parentUuid === undefined) return document;
  const entry = journal.byUuid(document.parentUuid);
  if (!entry || entry.deviceId !== deviceId || entry.state !== 'done') return document;
  const parent = documentOf(entry);
  if (parent.kind !== 'sale' && parent.kind !== 'correction') return document;
  // The currency it names stays: the journal refuses one that is not the device's.
  const mirrored = rollBackOf(parent, document.parentUuid, document.cashierName, document.note);
  return document.currency === undefined ? mirrored : { ...mirrored, currency: document.currency };
}
