import type { PeriodicReport } from '../../shared/fiscal/device-results';
import { taxIncluded } from '../../shared/fiscal/receipt-math';
import { operationSections, type OperationSection, type ReconciliationRow, type ReportFigure, type ReportSection } from '../../shared/reports/report-rows';
import type { DocumentFigures } from './document-figures';
import type { BookedDocument } from './shift-totals';

/** The periodic report's names for the kinds of document (the document's example of getPeriodicZReport). */
const prefixOf: Record<OperationSection, string> = {
  sale: 'sale',
  moneyBack: 'saleReturn',
  rollback: 'cancellation',
  correction: 'correction',
  creditPay: 'credit',
  prepayment: 'prepayment',
};

/** `VatTotal` is the turnover under any VAT rate, 0 % included; `Vat` the tax in it. */
const suffixes: readonly [string, ReportFigure][] = [
  ['Count', 'count'],
  ['Total', 'total'],
  ['CashTotal', 'cash'],
  ['CashlessTotal', 'cashless'],
  ['BonusTotal', 'bonus'],
  ['CreditTotal', 'credit'],
  ['PrepaymentTotal', 'prepayment'],
  ['VatTotal', 'taxable'],
  ['VatFreeTotal', 'vatFree'],
  ['Vat', 'tax'],
];

interface PeriodicField {
  key: string;
  section: ReportSection;
  figure: ReportFigure;
}

const fields: readonly PeriodicField[] = [
  ...operationSections.flatMap((section) => suffixes.map(([suffix, figure]) => ({ key: `${prefixOf[section]}${suffix}`, section, figure }))),
  { key: 'cashInCount', section: 'deposit', figure: 'count' },
  { key: 'cashInTotal', section: 'deposit', figure: 'total' },
  { key: 'cashOutCount', section: 'withdraw', figure: 'count' },
  { key: 'cashOutTotal', section: 'withdraw', figure: 'total' },
  { key: 'periodSum', section: 'period', figure: 'total' },
  { key: 'periodVatSum', section: 'period', figure: 'taxable' },
  { key: 'periodVatFreeSum', section: 'period', figure: 'vatFree' },
];

const turnoverSign: Partial<Record<DocumentFigures['section'], 1 | -1>> = { sale: 1, prepayment: 1, correction: 1, moneyBack: -1, rollback: -1 };

function vatSplit(list: readonly DocumentFigures[], sign: (f: DocumentFigures) => number) {
  const split = { taxable: 0, vatFree: 0, tax: 0 };
  for (const figures of list) {
    for (const { vatRate, gross } of figures.vat) {
      const signed = sign(figures) * gross;
      if (vatRate === 'vatFree') split.vatFree += signed;
      else split.taxable += signed;
      split.tax += sign(figures) * taxIncluded(gross, vatRate);
    }
  }
  return split;
}

const sumOf = (list: readonly DocumentFigures[], pick: (f: DocumentFigures) => number) => list.reduce((sum, f) => sum + pick(f), 0);

/** The periodic report's figures computed from the journal, under the device's names; `openingFloats` those the device booked as deposits. */
export function journalPeriodic(documents: readonly BookedDocument[], openingFloats: readonly number[]): Record<string, number> {
  const all = documents.map((d) => d.figures);
  const of = (section: DocumentFigures['section']) => all.filter((f) => f.section === section);
  const figures: Record<string, number> = {};
  for (const section of operationSections) {
    const list = of(section);
    const split = vatSplit(list, () => 1);
    const prefix = prefixOf[section];
    Object.assign(figures, {
      [`${prefix}Count`]: list.length,
      [`${prefix}Total`]: sumOf(list, (f) => f.total),
      [`${prefix}CashTotal`]: sumOf(list, (f) => f.tenders.cash),
      [`${prefix}CashlessTotal`]: sumOf(list, (f) => f.tenders.cashless),
      [`${prefix}BonusTotal`]: sumOf(list, (f) => f.tenders.bonus),
      [`${prefix}CreditTotal`]: sumOf(list, (f) => f.tenders.credit),
      [`${prefix}PrepaymentTotal`]: sumOf(list, (f) => f.tenders.prepayment),
      [`${prefix}VatTotal`]: split.taxable,
      [`${prefix}VatFreeTotal`]: split.vatFree,
      [`${prefix}Vat`]: split.tax,
    });
  }
  const floats = openingFloats.reduce((sum, f) => sum + f, 0);
  figures.cashInCount = of('deposit').length + openingFloats.length;
  figures.cashInTotal = sumOf(of('deposit'), (f) => f.total) + floats;
  figures.cashOutCount = of('withdraw').length;
  figures.cashOutTotal = sumOf(of('withdraw'), (f) => f.total);
  const turnover = vatSplit(
    all.filter((f) => turnoverSign[f.section]),
    (f) => turnoverSign[f.section] ?? 0,
  );
  figures.periodSum = turnover.taxable + turnover.vatFree;
  figures.periodVatSum = turnover.taxable;
  figures.periodVatFreeSum = turnover.vatFree;
  return figures;
}

/**
 * The journal's periodic figures beside the device's. Only the figures the device gives are
 * compared (devices differ in which they send); without the device, the journal's alone.
 */
export function periodicRows(journal: Record<string, number>, device: PeriodicReport | null): ReconciliationRow[] {
  return fields.flatMap(({ key, section, figure }) => {
    const deviceValue = device ? device.figures[key] : null;
    if (deviceValue === undefined) return [];
    const journalValue = journal[key] ?? 0;
    const differs = deviceValue !== null && deviceValue !== journalValue;
    return differs || figure === 'count' || journalValue !== 0 || Boolean(deviceValue) ? [{ section, figure, journal: journalValue, device: deviceValue, differs }] : [];
  });
}
