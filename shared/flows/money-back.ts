import type { CashRounding } from '../devices/capabilities';
import { cashRoundingOf } from '../fiscal/cash-rounding';
import { documentTotal } from '../fiscal/document-total';
import type { CreditPayDocument, FiscalDocument, MoneyBackDocument, MoneyBackType, PrepaymentDocument, ReceiptLine, SaleDocument, Tenders } from '../fiscal/documents';
import { linesTotal } from '../fiscal/receipt-math';
import { advanceFigures } from './advance';
import { creditFigures } from './credit';
import type { Refundable, ReturnFirst } from './accounts';
import { followUps, isRolledBack, type ChildrenOf, type JournalFact } from './journal-fact';

/**
 * The refund type of the Caspos document (moneyBackType 0 sale, 6 advance, 7 credit payment) that
 * fits the document being refunded; none for documents that cannot be refunded (a cash movement,
 * a correction, a refund itself).
 */
const moneyBackTypeByKind: Record<FiscalDocument['kind'], MoneyBackType | undefined> = {
  sale: 'sale',
  prepayment: 'prepayment',
  creditPay: 'creditPay',
  moneyBack: undefined,
  deposit: undefined,
  withdraw: undefined,
  correction: undefined,
  rollBack: undefined,
  closeShift: undefined,
};

export function moneyBackTypeFor(kind: FiscalDocument['kind']): MoneyBackType | undefined {
  return moneyBackTypeByKind[kind];
}

/**
 * An advance without goods is refunded as one line: the balance still on it. Named as the
 * Azerbaijani receipt calls an advance, since the device prints it.
 */
export const advanceLineName = 'Avans';

const lineKey = (line: ReceiptLine) => line.itemUid ?? line.code;
const refundKey = (line: ReceiptLine) => line.parentItemUid ?? line.code;

/** Each line's quantity less what the refunds took back, matched by item id, else by code, in line order. */
export function remainingLines(lines: readonly ReceiptLine[], refunds: readonly MoneyBackDocument[]): Refundable['lines'] {
  const refunded = new Map<string, number>();
  for (const refund of refunds) for (const line of refund.lines) refunded.set(refundKey(line), (refunded.get(refundKey(line)) ?? 0) + line.quantity);
  return lines.map((line) => {
    const taken = refunded.get(lineKey(line)) ?? 0;
    refunded.set(lineKey(line), Math.max(0, taken - line.quantity));
    return { line, remaining: Math.max(0, line.quantity - taken) };
  });
}

type Refunds = readonly MoneyBackDocument[];

/** What the refunds have not yet given back of one tender of the original. */
function notGivenBack(tenders: Tenders, refunds: Refunds, tender: keyof Tenders): number {
  return Math.max(0, tenders[tender] - refunds.reduce((sum, r) => sum + r.tenders[tender], 0));
}

const refundedMoney = (refunds: Refunds) => refunds.reduce((sum, r) => sum + (documentTotal(r) ?? 0), 0);

function saleRefundable(parent: JournalFact, doc: SaleDocument, refunds: Refunds, childrenOf: ChildrenOf): Refundable {
  const open = !isRolledBack(parent, childrenOf);
  const residue = creditFigures(parent, childrenOf)?.residue ?? 0;
  return {
    moneyBackType: 'sale',
    card: doc.tenders.card > 0,
    lines: remainingLines(doc.lines, refunds).map((l) => (open ? l : { ...l, remaining: 0 })),
    cap: open ? Math.max(0, (documentTotal(doc) ?? 0) - refundedMoney(refunds)) : 0,
    returnFirst: {
      credit: Math.min(residue, notGivenBack(doc.tenders, refunds, 'credit')),
      prepayment: notGivenBack(doc.tenders, refunds, 'prepayment'),
      bonus: notGivenBack(doc.tenders, refunds, 'bonus'),
    },
  };
}

function advanceRefundable(parent: JournalFact, doc: PrepaymentDocument, refunds: Refunds, childrenOf: ChildrenOf): Refundable {
  const balance = advanceFigures(parent, childrenOf)?.balance ?? 0;
  const lines = doc.lines?.length
    ? remainingLines(doc.lines, refunds)
    : [{ line: { name: advanceLineName, code: '', codeType: 'plain' as const, unit: 'piece' as const, quantity: 1000, price: balance, discount: 0, vatRate: doc.vatRate }, remaining: balance > 0 ? 1000 : 0 }];
  return { moneyBackType: 'prepayment', card: doc.tenders.card > 0, lines, cap: balance, returnFirst: { credit: 0, prepayment: 0, bonus: notGivenBack(doc.tenders, refunds, 'bonus') } };
}

function creditPayRefundable(doc: CreditPayDocument, refunds: Refunds): Refundable {
  const lines = doc.lines.map(({ payment, ...line }) => ({ ...line, price: payment }));
  return {
    moneyBackType: 'creditPay',
    card: doc.tenders.card > 0,
    lines: remainingLines(lines, refunds),
    cap: Math.max(0, (documentTotal(doc) ?? 0) - refundedMoney(refunds)),
    returnFirst: { credit: 0, prepayment: 0, bonus: notGivenBack(doc.tenders, refunds, 'bonus') },
  };
}

/** What of `parent` a refund may still return, and how; undefined for a document that is not refundable. */
export function refundableOf(parent: JournalFact, childrenOf: ChildrenOf): Refundable | undefined {
  const doc = parent.document;
  const refunds = followUps(parent, childrenOf).flatMap((f) => (f.document.kind === 'moneyBack' ? [f.document] : []));
  if (doc.kind === 'sale') return saleRefundable(parent, doc, refunds, childrenOf);
  if (doc.kind === 'prepayment') return advanceRefundable(parent, doc, refunds, childrenOf);
  if (doc.kind === 'creditPay') return creditPayRefundable(doc, refunds);
  return undefined;
}

/**
 * How a refund of `total` is paid back: to the credit first (the debt shrinks before money leaves
 * the drawer), then to the advance and the bonus account as far as the original used them, and
 * the rest in cash or to the card.
 */
export function refundTenders(total: number, returnFirst: ReturnFirst, toCard: boolean): Tenders {
  let rest = total;
  const take = (limit: number) => {
    const part = Math.min(rest, limit);
    rest -= part;
    return part;
  };
  const credit = take(returnFirst.credit);
  const prepayment = take(returnFirst.prepayment);
  const bonus = take(returnFirst.bonus);
  return { cash: toCard ? 0 : rest, card: toCard ? rest : 0, bonus, credit, prepayment };
}

/**
 * A refund of `lines` of a journaled document, paid back as `refundTenders` says; the cash part
 * rounded by the device's rule as a sale's is (NBU: a return in cash pays no kopiyka coins either),
 * the rounding on the document and a card paid back exactly.
 */
export function moneyBackDocument(input: {
  /** The journaled document refunded, or for a manual refund the receipt's id as the device printed it. */
  parent: { uuid: string } | { manualDocumentId: string };
  moneyBackType: MoneyBackType;
  lines: ReceiptLine[];
  returnFirst: ReturnFirst;
  toCard: boolean;
  cashierName: string;
  /** The device's rule (capabilities `cashRounding`). */
  cashRounding: CashRounding;
}): MoneyBackDocument {
  const { parent } = input;
  const total = linesTotal(input.lines);
  const exact = refundTenders(total, input.returnFirst, input.toCard);
  const rounding = cashRoundingOf(total, exact, input.cashRounding);
  return {
    kind: 'moneyBack',
    cashierName: input.cashierName,
    ...('uuid' in parent ? { parentUuid: parent.uuid, manual: false } : { manualParentDocumentId: parent.manualDocumentId, manual: true }),
    moneyBackType: input.moneyBackType,
    lines: input.lines,
    tenders: { ...exact, cash: exact.cash + rounding },
    ...(rounding !== 0 ? { cashRounding: rounding } : {}),
  };
}
