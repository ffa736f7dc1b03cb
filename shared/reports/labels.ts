import type { ReportFigure, ReportSection } from './report-rows';
import type { TapeTender } from './control-tape';

/** Written out so each translation key can be found in the source. */
export const sectionKey = {
  sale: 'reports.section.sale',
  moneyBack: 'reports.section.moneyBack',
  rollback: 'reports.section.rollback',
  correction: 'reports.section.correction',
  creditPay: 'reports.section.creditPay',
  prepayment: 'reports.section.prepayment',
  deposit: 'reports.section.deposit',
  withdraw: 'reports.section.withdraw',
  period: 'reports.section.period',
  documents: 'reports.section.documents',
} as const satisfies Record<ReportSection, `reports.section.${ReportSection}`>;

export const figureKey = {
  count: 'reports.figure.count',
  total: 'reports.figure.total',
  cash: 'reports.figure.cash',
  cashless: 'reports.figure.cashless',
  bonus: 'reports.figure.bonus',
  credit: 'reports.figure.credit',
  prepayment: 'reports.figure.prepayment',
  vat: 'reports.figure.vat',
  vatable: 'reports.figure.vatable',
  vatZero: 'reports.figure.vatZero',
  vatFree: 'reports.figure.vatFree',
  taxable: 'reports.figure.taxable',
  tax: 'reports.figure.tax',
  first: 'reports.figure.first',
  last: 'reports.figure.last',
} as const satisfies Record<ReportFigure, `reports.figure.${ReportFigure}`>;

export const tenderKey = {
  cash: 'payment.tender.cash',
  card: 'payment.tender.card',
  bonus: 'payment.tender.bonus',
  credit: 'payment.tender.credit',
  prepayment: 'payment.tender.prepayment',
} as const satisfies Record<TapeTender, `payment.tender.${TapeTender}`>;
