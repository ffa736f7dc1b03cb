import { z } from 'zod';
import type { CorrectionDocument, PrepaymentDocument, SaleDocument } from '../fiscal/documents';
import { linesTotal } from '../fiscal/receipt-math';
import { advanceUsable, commonVatRate } from './advance';

/**
 * Why a document of a flow cannot go to the device, checked from the journal before it is
 * journaled (main process) and while the cashier fills it in (renderer), by the same functions.
 */
export const FlowProblem = z.enum([
  'creditTermsMissing',
  'creditUnknown',
  'creditOverpaid',
  'creditResidue',
  'advanceMissing',
  'advanceUnknown',
  'advanceExceeded',
  'advanceVat',
  'prepaymentLines',
  'refundType',
  'refundExceeded',
  'refundTenders',
  'correctionPeriod',
  'correctionEmpty',
  'parentUnknown',
  'parentNotDone',
]);
export type FlowProblem = z.infer<typeof FlowProblem>;

/** A problem, with the amount it is about where there is one (the most that may be paid, say). */
export const FlowRefusal = z.object({ problem: FlowProblem, limit: z.number().int().optional() });
export type FlowRefusal = z.infer<typeof FlowRefusal>;

const refusal = (problem: FlowProblem, limit?: number): FlowRefusal => (limit === undefined ? { problem } : { problem, limit });

/** A credit sale names its contract and payer (the device refuses it otherwise: 630, 631). */
export function creditTermsProblem(doc: Pick<SaleDocument, 'tenders' | 'credit'>): FlowRefusal | undefined {
  if (doc.tenders.credit > 0 && (!doc.credit?.contract.trim() || !doc.credit.payer.trim())) return refusal('creditTermsMissing');
  return undefined;
}

/** A credit payment is more than nothing and at most what is still owed. */
export function creditPayProblem(residue: number, amount: number): FlowRefusal | undefined {
  if (amount > residue) return refusal('creditOverpaid', residue);
  return undefined;
}

/** What an advance pays of a sale: at most its balance, and only goods at its VAT. */
export function advancePayProblem(doc: Pick<SaleDocument, 'lines' | 'tenders'>, advance: { balance: number; vatRate: PrepaymentDocument['vatRate'] }): FlowRefusal | undefined {
  const spent = doc.tenders.prepayment;
  if (spent > advance.balance) return refusal('advanceExceeded', advance.balance);
  const usable = advanceUsable(doc.lines, advance.vatRate);
  if (spent > usable) return refusal('advanceVat', usable);
  return undefined;
}

/** An advance for goods: all of one VAT, the advance's, adding up to its sum. */
export function prepaymentProblem(doc: Pick<PrepaymentDocument, 'lines' | 'sum' | 'vatRate'>): FlowRefusal | undefined {
  if (!doc.lines?.length) return undefined;
  if (commonVatRate(doc.lines) !== doc.vatRate || linesTotal(doc.lines) !== doc.sum) return refusal('prepaymentLines');
  return undefined;
}

/** The period the device was down: it ended before now, began before it ended, and took money. */
export function correctionProblem(doc: Pick<CorrectionDocument, 'firstOperationAt' | 'lastOperationAt' | 'cash' | 'card'>, now: Date): FlowRefusal | undefined {
  const first = Date.parse(doc.firstOperationAt);
  const last = Date.parse(doc.lastOperationAt);
  if (!(first <= last) || last > now.getTime()) return refusal('correctionPeriod');
  if (doc.cash + doc.card <= 0) return refusal('correctionEmpty');
  return undefined;
}
