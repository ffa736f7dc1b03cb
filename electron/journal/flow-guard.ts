import { documentTotal } from '../../shared/fiscal/document-total';
import type { FiscalDocument } from '../../shared/fiscal/documents';
import { advanceFigures } from '../../shared/flows/advance';
import {
  advancePayProblem,
  correctionProblem,
  creditPayProblem,
  creditTermsProblem,
  prepaymentProblem,
  type FlowRefusal,
} from '../../shared/flows/problems';
import { creditAccountOf, refundableEntry } from './accounts';
import { factOf, loadChildren } from './follow-ups';
import type { Journal } from './journal';
import { checkParent } from './parents';

/**
 * The journal's own word on a document before it is journaled: no more paid on a credit than is
 * owed, no more spent of an advance or refunded of a document than is left. The renderer checks
 * the same as the cashier types; this holds whatever a caller sends. A parent is named by its
 * journal UUID and must be a document this device did (parents.ts); only a manual refund's receipt
 * lies outside the journal, left to the device's own checks.
 */
export function flowRefusal(journal: Journal, deviceId: string, doc: FiscalDocument, now: Date): FlowRefusal | undefined {
  const check = checkParent(journal, deviceId, doc);
  if ('refusal' in check) return check.refusal;
  const { parent } = check;
  switch (doc.kind) {
    case 'sale': {
      const terms = creditTermsProblem(doc);
      if (terms || doc.tenders.prepayment === 0) return terms;
      if (!parent) return { problem: 'advanceMissing' };
      const fact = factOf(parent);
      const advance = advanceFigures(fact, loadChildren(journal, deviceId, [fact]));
      if (!advance || fact.document.kind !== 'prepayment') return { problem: 'advanceUnknown' };
      return advancePayProblem(doc, { balance: advance.balance, vatRate: fact.document.vatRate });
    }
    case 'creditPay': {
      const account = parent && creditAccountOf(journal, parent);
      if (!account || account.cancelled) return { problem: 'creditUnknown' };
      const amount = documentTotal(doc) ?? 0;
      const overpaid = creditPayProblem(account.residue, amount);
      if (overpaid) return overpaid;
      if (doc.residue !== account.residue - amount) return { problem: 'creditResidue', limit: account.residue - amount };
      return undefined;
    }
    case 'moneyBack': {
      // Only a manual refund names no parent in the journal.
      if (!parent) return undefined;
      const refundable = refundableEntry(journal, parent);
      if (!refundable || refundable.moneyBackType !== doc.moneyBackType) return { problem: 'refundType' };
      if ((documentTotal(doc) ?? 0) > refundable.cap) return { problem: 'refundExceeded', limit: refundable.cap };
      const first = refundable.returnFirst;
      if (doc.tenders.credit > first.credit || doc.tenders.prepayment > first.prepayment || doc.tenders.bonus > first.bonus) return { problem: 'refundTenders' };
      return undefined;
    }
    case 'prepayment':
      return prepaymentProblem(doc);
    case 'correction':
      return correctionProblem(doc, now);
    case 'deposit':
    case 'withdraw':
    case 'rollBack':
    case 'closeShift':
      return undefined;
  }
}
