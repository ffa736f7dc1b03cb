import { documentTotal } from '../fiscal/document-total';
import type { FiscalDocument, Tenders } from '../fiscal/documents';
import { linesTotal, nonCashTotal } from '../fiscal/receipt-math';
import type { DashboardSummary, HourFigures, TenderFigures } from '../ipc/dashboard-channels';
import { nextHour, type LocalHour, type ShopClock } from '../shop-time';
import { ProductTally } from './product-tally';

/**
 * A done document as the summary reads it: the till's journal and the shop office's store both
 * hand these over, so the till's dashboard and the office's page count a day by the same rules.
 */
export interface SummarizedDocument {
  document: FiscalDocument;
  /** When it was journaled: the moment of the sale, even when the device confirmed it later. */
  createdAt: string;
  /** The device's id of it, which a rollback names (`cancelled`). */
  documentId: string | null;
}

export type DashboardFigures = Omit<DashboardSummary, 'timeZone' | 'unsettled'>;

export const topProducts = 10;

type Hour = Omit<HourFigures, 'hour' | 'net'>;
type Other = DashboardFigures['other'];

/**
 * The dashboard's figures from settled documents, in journal order. The rules:
 * - a sale counts at the hour it was journaled, on the shop's clock, with its total (lines after
 *   discounts) as one receipt; its tenders as the device books them (cash after change);
 * - a refund of a sale counts against the hour the money went back, whatever day the receipt
 *   was from: that is when the takings fell; its lines come off the products;
 * - a rollback cancels its document: neither appears anywhere, because the purchase did not
 *   happen (`cancelled` holds the device ids of the rolled-back documents, rollbacks made after
 *   the period included);
 * - advances, credit payments and corrections are money taken, not goods sold now (the goods are
 *   in a sale before or after, and a correction has no lines): they are counted apart, net of
 *   refunds of their type; cash in, cash out and the Z report are not takings at all.
 * Every sum is an integer of minor units, so the hours add up to the total exactly.
 */
export function summarize(documents: readonly SummarizedDocument[], cancelled: ReadonlySet<string>, clock: ShopClock): DashboardFigures {
  const hours = new Map<LocalHour, Hour>();
  const tenders: TenderFigures = { cash: 0, card: 0, bonus: 0, credit: 0, prepayment: 0 };
  const products = new ProductTally();
  const other: Other = { prepayment: { count: 0, total: 0 }, creditPay: { count: 0, total: 0 }, correction: { count: 0, total: 0 } };
  // A day's receipts fall in some hundreds of minutes: the local hour is worked out once a
  // minute of UTC, not once a receipt. Exact where the offset is whole minutes, as in every zone
  // today; anywhere else, and for a time not written by toISOString, it is worked out each time.
  const hourByMinute = new Map<string, LocalHour>();
  const localHour = (createdAt: string): LocalHour => {
    const minute = createdAt.length === 24 && createdAt.endsWith('Z') ? createdAt.slice(0, 16) : undefined;
    const known = minute && hourByMinute.get(minute);
    if (known) return known;
    const instant = Date.parse(createdAt);
    const hour = clock.hourOf(instant);
    if (minute && clock.offsetMs(instant) % 60_000 === 0) hourByMinute.set(minute, hour);
    return hour;
  };
  let rolledBack = 0;
  let refundCount = 0;

  const hourOf = (createdAt: string): Hour => {
    const key = localHour(createdAt);
    let hour = hours.get(key);
    if (!hour) hours.set(key, (hour = { sales: 0, refunds: 0, receipts: 0 }));
    return hour;
  };
  const addTenders = (paid: Tenders, total: number, sign: 1 | -1) => {
    tenders.cash += sign * (total - nonCashTotal(paid));
    tenders.card += sign * paid.card;
    tenders.bonus += sign * paid.bonus;
    tenders.credit += sign * paid.credit;
    tenders.prepayment += sign * paid.prepayment;
  };
  const addOther = (kind: keyof Other, total: number, sign: 1 | -1) => {
    other[kind].count += 1;
    other[kind].total += sign * total;
  };

  for (const { document, createdAt, documentId } of documents) {
    if (documentId !== null && cancelled.has(documentId)) {
      if (document.kind === 'sale') rolledBack += 1;
      continue;
    }
    switch (document.kind) {
      case 'sale': {
        const total = linesTotal(document.lines);
        const hour = hourOf(createdAt);
        hour.sales += total;
        hour.receipts += 1;
        addTenders(document.tenders, total, 1);
        for (const line of document.lines) products.add(line, 1);
        break;
      }
      case 'moneyBack': {
        const total = linesTotal(document.lines);
        switch (document.moneyBackType) {
          case 'sale':
            hourOf(createdAt).refunds += total;
            refundCount += 1;
            addTenders(document.tenders, total, -1);
            for (const line of document.lines) products.add(line, -1);
            break;
          case 'prepayment':
            addOther('prepayment', total, -1);
            break;
          case 'creditPay':
            addOther('creditPay', total, -1);
            break;
        }
        break;
      }
      case 'prepayment':
      case 'creditPay':
      case 'correction':
        addOther(document.kind, documentTotal(document) ?? 0, 1);
        break;
      case 'rollBack':
      case 'deposit':
      case 'withdraw':
      case 'closeShift':
        break;
    }
  }

  const series = hourSeries(hours);
  const sales = series.reduce((sum, h) => sum + h.sales, 0);
  const refunds = series.reduce((sum, h) => sum + h.refunds, 0);
  const receipts = series.reduce((sum, h) => sum + h.receipts, 0);
  return {
    totals: { net: sales - refunds, sales, receipts, refunds, refundCount, rolledBack, averageReceipt: averageHalfUp(sales, receipts) },
    hours: series,
    tenders,
    topByAmount: products.top('amount', topProducts),
    topByQuantity: products.top('quantity', topProducts),
    other,
  };
}

/** Every hour from the first to the last with figures, so the chart's axis has no gaps. */
function hourSeries(hours: ReadonlyMap<LocalHour, Hour>): HourFigures[] {
  const keys = [...hours.keys()].sort();
  const series: HourFigures[] = [];
  const last = keys.at(-1);
  for (let key = keys[0]; key !== undefined && key <= last!; key = nextHour(key)) {
    const hour = hours.get(key) ?? { sales: 0, refunds: 0, receipts: 0 };
    series.push({ hour: key, ...hour, net: hour.sales - hour.refunds });
  }
  return series;
}

/** The average receipt in whole minor units, half up: exact integer arithmetic, no float rounding. */
export function averageHalfUp(sum: number, count: number): number {
  return count === 0 ? 0 : Math.floor((2 * sum + count) / (2 * count));
}
