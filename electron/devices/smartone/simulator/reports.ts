import type { BookedDocument, BookedRoute } from './memory';

/** The report's prefix of each route's figures (seed 002). */
const prefixOf: Record<Exclude<BookedRoute, 'deposit' | 'withdraw'>, string> = {
  sale: 'sale',
  refund: 'moneyBack',
  rollback: 'rollback',
  creditpay: 'creditpay',
};

/** Sections the training device never books (no /prepay, no /correction) still appear, at zero. */
const emptyPrefixes = ['prepay', 'corr', 'creditpayRollback'];

function section(prefix: string, documents: readonly BookedDocument[]): Record<string, unknown> {
  const sum = (pick: (d: BookedDocument) => number) => documents.reduce((total, d) => total + pick(d), 0);
  const groups = new Map<string, { vatPercent: number; fullName: string; vatSum: number; vatAmount: number }>();
  for (const document of documents) {
    for (const tax of document.taxes) {
      const group = groups.get(tax.fullName) ?? { vatPercent: tax.taxPrc, fullName: tax.fullName, vatSum: 0, vatAmount: 0 };
      group.vatSum += tax.gross;
      group.vatAmount += tax.tax;
      groups.set(tax.fullName, group);
    }
  }
  return {
    [`${prefix}Count`]: documents.length,
    [`${prefix}Sum`]: sum((d) => d.amount),
    [`${prefix}CashSum`]: sum((d) => d.tenders.cash),
    [`${prefix}CashlessSum`]: sum((d) => d.tenders.cashless),
    [`${prefix}BonusesSum`]: sum((d) => d.tenders.bonus),
    [`${prefix}CreditSum`]: sum((d) => d.tenders.credit),
    [`${prefix}PrepaymentSum`]: sum((d) => d.tenders.prepayment),
    [`${prefix}VatAmounts`]: [...groups.values()].map((g) => ({ ...g, calcSum: g.vatSum - g.vatAmount, originSum: g.vatSum, calcType: 1, taxCode: 'A', taxType: 0, vatName: g.fullName })),
  };
}

/** Cash in the drawer after the shift's documents: sales and deposits in, refunds, rollbacks and withdrawals out. */
export function drawerCash(documents: readonly BookedDocument[]): number {
  const sign: Record<BookedRoute, number> = { sale: 1, creditpay: 1, deposit: 1, refund: -1, rollback: -1, withdraw: -1 };
  return documents.reduce((cash, d) => cash + sign[d.route] * d.tenders.cash, 0);
}

/**
 * An X report's figures in the seed-002 shape, from the shift's documents in memory: numbers as
 * numbers, document numbers as strings ("" when the shift has none).
 */
export function shiftFigures(documents: readonly BookedDocument[]): Record<string, unknown> {
  const of = (route: BookedRoute) => documents.filter((d) => d.route === route);
  const figures: Record<string, unknown> = {};
  for (const [route, prefix] of Object.entries(prefixOf) as [keyof typeof prefixOf, string][]) Object.assign(figures, section(prefix, of(route)));
  for (const prefix of emptyPrefixes) Object.assign(figures, section(prefix, []));
  const cash = drawerCash(documents);
  return {
    ...figures,
    depositCount: of('deposit').length,
    depositSum: of('deposit').reduce((sum, d) => sum + d.amount, 0),
    withdrawCount: of('withdraw').length,
    withdrawSum: of('withdraw').reduce((sum, d) => sum + d.amount, 0),
    cash,
    cashRest: cash,
    docCountToSend: 0,
    firstDocNumber: documents.length ? String(documents[0]!.documentID) : '',
    lastDocNumber: documents.length ? String(documents.at(-1)!.documentID) : '',
    openOrdersCnt: 0,
    employeeName: null,
    departmentName: '',
    wsName: '',
    toPrint: 1,
  };
}
