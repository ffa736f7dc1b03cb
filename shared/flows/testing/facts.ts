import type { FiscalDocument, ReceiptLine, Tenders } from '../../fiscal/documents';
import { pointsAt, type ChildrenOf, type JournalFact } from '../journal-fact';

/** The n-th journal UUID of a test: a real UUID, as the documents' schema takes it. */
export function testUuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** A tiny journal of facts for the flows' tests: each document gets the UUID `testUuid(n)`, each done one the device id `D<n>`. */
export class FactJournal {
  private readonly facts: JournalFact[] = [];

  add(document: FiscalDocument, state: JournalFact['state'] = 'done'): JournalFact {
    const fact: JournalFact = { uuid: testUuid(this.facts.length + 1), document, state, documentId: state === 'done' ? `D${this.facts.length + 1}` : undefined };
    this.facts.push(fact);
    return fact;
  }

  readonly childrenOf: ChildrenOf = (parent) => this.facts.filter((f) => pointsAt(f.document, parent));
}

export function tenders(overrides: Partial<Tenders> = {}): Tenders {
  return { cash: 0, card: 0, bonus: 0, credit: 0, prepayment: 0, ...overrides };
}

export function goods(name: string, price: number, overrides: Partial<ReceiptLine> = {}): ReceiptLine {
  return { name, code: name, codeType: 'plain', quantity: 1000, unit: 'piece', price, discount: 0, vatRate: 'vat18', itemUid: name, ...overrides };
}

export const cashierName = 'Aysel';
