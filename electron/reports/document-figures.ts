import type { VatRate } from '../../shared/fiscal/catalogue-types';
import type { FiscalDocument, Tenders } from '../../shared/fiscal/documents';
import { lineGross, linesTotal, vatBreakdown } from '../../shared/fiscal/receipt-math';
import type { OperationSection } from '../../shared/reports/report-rows';

export interface TenderSplit {
  /** Cash kept: what was paid in cash minus the change. */
  cash: number;
  cashless: number;
  bonus: number;
  credit: number;
  prepayment: number;
}

export interface VatGross {
  vatRate: VatRate;
  gross: number;
}

/** What one fiscalised document adds to a shift's report, in minor units. */
export interface DocumentFigures {
  section: OperationSection | 'deposit' | 'withdraw';
  total: number;
  tenders: TenderSplit;
  /** Gross amount per VAT regime, in the order the document first names each. */
  vat: VatGross[];
}

/**
 * A document's figures computed from the journal's copy of it, the way a Caspos device books
 * it: the total from the lines (or the sum), change only from cash, VAT as the gross at each
 * regime. The device never tells how it books a document; this is read from its reports.
 */
export function documentFigures(doc: FiscalDocument): DocumentFigures | null {
  switch (doc.kind) {
    case 'sale':
    case 'moneyBack': {
      const total = linesTotal(doc.lines);
      return { section: doc.kind, total, tenders: keptTenders(total, doc.tenders, doc.cashRounding), vat: vatBreakdown(doc.lines).map(({ vatRate, gross }) => ({ vatRate, gross })) };
    }
    case 'creditPay': {
      // The device books the part paid now: each good at its payment, without discount.
      const paid = doc.lines.map((line) => ({ vatRate: line.vatRate, gross: lineGross(line.payment, line.quantity) }));
      const total = paid.reduce((sum, line) => sum + line.gross, 0);
      return { section: 'creditPay', total, tenders: keptTenders(total, doc.tenders), vat: groupByRate(paid) };
    }
    case 'prepayment':
      return { section: 'prepayment', total: doc.sum, tenders: keptTenders(doc.sum, doc.tenders), vat: [{ vatRate: doc.vatRate, gross: doc.sum }] };
    case 'deposit':
    case 'withdraw':
      return { section: doc.kind, total: doc.sum, tenders: { ...noTenders, cash: doc.sum }, vat: [] };
    case 'correction': {
      const total = doc.cash + doc.card;
      return { section: 'correction', total, tenders: { ...noTenders, cash: doc.cash, cashless: doc.card }, vat: [{ vatRate: doc.vatRate, gross: total }] };
    }
    case 'rollBack': {
      const vat = groupByRate(doc.vatAmounts.map((v) => ({ vatRate: v.vatRate, gross: v.sum })));
      const total = vat.reduce((sum, v) => sum + v.gross, 0);
      return { section: 'rollback', total, tenders: keptTenders(total, doc.tenders), vat };
    }
    case 'closeShift':
      return null;
  }
}

const noTenders: TenderSplit = { cash: 0, cashless: 0, bonus: 0, credit: 0, prepayment: 0 };

/**
 * Everything but cash is booked as given; cash is what remains of the total (change went back),
 * moved by the rounding of a cash payment where the device's rule rounds it.
 */
function keptTenders(total: number, tenders: Tenders, cashRounding = 0): TenderSplit {
  const nonCash = tenders.card + tenders.bonus + tenders.credit + tenders.prepayment;
  return { cash: total - nonCash + cashRounding, cashless: tenders.card, bonus: tenders.bonus, credit: tenders.credit, prepayment: tenders.prepayment };
}

function groupByRate(parts: readonly VatGross[]): VatGross[] {
  const groups = new Map<VatRate, number>();
  for (const part of parts) groups.set(part.vatRate, (groups.get(part.vatRate) ?? 0) + part.gross);
  return [...groups].map(([vatRate, gross]) => ({ vatRate, gross }));
}
