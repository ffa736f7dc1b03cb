import type { DocumentKind } from '../../../shared/reports/control-tape';

/** The control tape's `type` of each document (the document's example and field notes) as our kinds. */
const kindOfTapeType: Record<string, DocumentKind> = {
  sale: 'sale',
  money_back: 'moneyBack',
  deposit: 'deposit',
  withdraw: 'withdraw',
  correction: 'correction',
  rollback: 'rollBack',
  credit: 'creditPay',
  prepayment: 'prepayment',
  z_report: 'closeShift',
};

/** Undefined for a type the document does not name: the tape shows the device's own word for it. */
export function documentKindOfTapeType(type: string): DocumentKind | undefined {
  return Object.hasOwn(kindOfTapeType, type) ? kindOfTapeType[type] : undefined;
}
