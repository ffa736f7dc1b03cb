import type { DeviceInfo } from '../../shared/fiscal/device-results';
import type { VatRate } from '../../shared/fiscal/catalogue-types';
import { taxIncluded } from '../../shared/fiscal/receipt-math';
import type { OperationTotals, ShiftReport } from '../../shared/fiscal/shift-report';
import type { OperationSection, tenderFigures } from '../../shared/reports/report-rows';
import { ZReportExport } from '../../shared/reports/z-export-schema';
import type { ZReportRecord } from '../../shared/reports/z-report';

/**
 * Caspos's kinds of document in the operator's four totals: money taken in is a sale (a sale,
 * a credit payment, an advance, a correction receipt), money given back is a refund (a refund,
 * a rollback). So each total is the sum of its payments, as the seed asks.
 */
const saleSections: readonly OperationSection[] = ['sale', 'creditPay', 'prepayment', 'correction'];
const refundSections: readonly OperationSection[] = ['moneyBack', 'rollback'];

/** The operator's payment types for Caspos's tenders. */
const paymentTypes = [
  ['CASH', 'cash'],
  ['CARD', 'cashless'],
  ['BONUS', 'bonus'],
  ['CREDIT', 'credit'],
  ['PREPAYMENT', 'prepayment'],
] as const satisfies readonly (readonly [string, (typeof tenderFigures)[number]])[];

/**
 * Tax groups by the percent a device's report gives (a Caspos report does not tell 18 % VAT from
 * trade VAT 18 %): letters as fiscal printers name their tax groups, the rate in hundredths of a
 * percent. One list for the three countries: no two of their groups share a percent but 0 and none.
 */
const taxGroups: readonly { percent: number | null; taxCode: string; taxRate: number; vatRate: VatRate }[] = [
  { percent: 18, taxCode: 'A', taxRate: 1800, vatRate: 'vat18' },
  { percent: 0, taxCode: 'B', taxRate: 0, vatRate: 'vat0' },
  { percent: null, taxCode: 'C', taxRate: 0, vatRate: 'vatFree' },
  { percent: 2, taxCode: 'D', taxRate: 200, vatRate: 'simplified2' },
  { percent: 8, taxCode: 'E', taxRate: 800, vatRate: 'simplified8' },
  { percent: 20, taxCode: 'F', taxRate: 2000, vatRate: 'vat20' },
  { percent: 14, taxCode: 'G', taxRate: 1400, vatRate: 'vat14' },
  { percent: 10, taxCode: 'H', taxRate: 1000, vatRate: 'vat10' },
  { percent: 7, taxCode: 'I', taxRate: 700, vatRate: 'vat7' },
];

function totals(report: ShiftReport, sections: readonly OperationSection[]) {
  const sum = (pick: (t: OperationTotals) => number) => sections.reduce((total, section) => total + pick(report[section]), 0);
  const gross = new Map<number | null, number>();
  for (const section of sections) for (const v of report[section].vat) gross.set(v.percent, (gross.get(v.percent) ?? 0) + v.gross);
  return {
    count: sum((t) => t.count),
    amount: sum((t) => t.total),
    payments: paymentTypes.map(([type, tender]) => ({ type, amount: sum((t) => t[tender]) })).filter((p) => p.amount !== 0),
    // The tax of a rate from its gross over the shift, rounded once, as the report gives only that.
    taxes: taxGroups.flatMap(({ percent, taxCode, taxRate, vatRate }) => {
      const amount = gross.get(percent);
      return amount === undefined ? [] : [{ taxCode, taxRate, taxAmount: taxIncluded(amount, vatRate) }];
    }),
  };
}

/**
 * The journal's own Z report in the fiscal data operator's JSON (seed 001), in minor units.
 * Caspos numbers a Z report only by its reportNumber, the shift's number: it is the zNumber and
 * the fiscalNum. msgId is Kassa's number of the stored report. A shift without documents has
 * first and last number 0, as the device itself reports it.
 */
export function zReportExport(record: ZReportRecord, identity: DeviceInfo): ZReportExport {
  const report = record.journal;
  const sale = totals(report, saleSections);
  const refund = totals(report, refundSections);
  const number = Number(record.reportNumber);
  return ZReportExport.parse({
    zNumber: number,
    fiscalNum: number,
    firstNumber: report.firstDocumentNumber ?? 0,
    lastNumber: report.lastDocumentNumber ?? 0,
    cashier: record.cashierName,
    dateTime: record.closedAt,
    currency: report.currency,
    msgId: record.id,
    totals: {
      sale: { count: sale.count, amount: sale.amount },
      deposit: { count: report.deposit.count, amount: report.deposit.total },
      refund: { count: refund.count, amount: refund.amount },
      withdraw: { count: report.withdraw.count, amount: report.withdraw.total },
    },
    payments: { sale: sale.payments, refund: refund.payments },
    taxTotals: { sale: sale.taxes, refund: refund.taxes },
    identity: {
      // The device token's number at the tax service.
      fn: identity.cashboxTaxNumber ?? '',
      tin: identity.companyTaxNumber ?? '',
      shopName: identity.objectName ?? '',
      shopAddress: identity.objectAddress ?? '',
    },
  });
}
