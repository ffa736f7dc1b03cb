import type { AdvanceAccount, CreditAccount, Refundable } from '../../shared/flows/accounts';
import { advanceFigures } from '../../shared/flows/advance';
import { creditFigures } from '../../shared/flows/credit';
import type { ChildrenOf, JournalFact } from '../../shared/flows/journal-fact';
import { refundableOf } from '../../shared/flows/money-back';
import { foldForSearch, searchWords } from '../../shared/search-folding';
import { factOf, loadChildren } from './follow-ups';
import type { Journal, JournalEntry } from './journal';

/** At most this many accounts answer a search: a cashier narrows it by typing, not by scrolling. */
const listLimit = 50;

function refOf(entry: JournalEntry) {
  const result = entry.result!;
  return { uuid: entry.uuid, documentId: result.documentId, documentNumber: result.documentNumber, shortDocumentId: result.shortDocumentId, createdAt: entry.createdAt };
}

/** Every word of the query is in one of the texts, folded as the catalogue folds names. */
function matches(query: string | undefined, texts: readonly (string | number | undefined)[]): boolean {
  const words = searchWords(foldForSearch(query ?? ''));
  const haystack = foldForSearch(texts.filter((t) => t !== undefined).join(' '));
  return words.every((word) => haystack.includes(word));
}

function creditAccount(entry: JournalEntry, fact: JournalFact, childrenOf: ChildrenOf): CreditAccount | undefined {
  const figures = creditFigures(fact, childrenOf);
  if (!figures || fact.document.kind !== 'sale' || !fact.document.credit) return undefined;
  return { ...refOf(entry), sale: fact.document, contract: fact.document.credit.contract, payer: fact.document.credit.payer, ...figures };
}

/** Credit sales with something still owed, found by contract, payer, client, number or fiscal id. */
export function openCreditAccounts(journal: Journal, deviceId: string, query: string | undefined): CreditAccount[] {
  const entries = journal.creditSales(deviceId);
  const facts = entries.map(factOf);
  const childrenOf = loadChildren(journal, deviceId, facts);
  return entries
    .flatMap((entry, i) => creditAccount(entry, facts[i]!, childrenOf) ?? [])
    .filter((a) => a.residue > 0 && matches(query, [a.contract, a.payer, a.sale.client?.name, a.documentNumber, a.shortDocumentId]))
    .slice(0, listLimit);
}

/** One credit sale's account, paid off or not; undefined for a document that is not a credit sale. */
export function creditAccountOf(journal: Journal, entry: JournalEntry): CreditAccount | undefined {
  if (entry.state !== 'done') return undefined;
  const fact = factOf(entry);
  return creditAccount(entry, fact, loadChildren(journal, entry.deviceId, [fact]));
}

/** Advances with a balance left, found by client, number or fiscal id. */
export function openAdvances(journal: Journal, deviceId: string, query: string | undefined): AdvanceAccount[] {
  const entries = journal.prepayments(deviceId);
  const facts = entries.map(factOf);
  const childrenOf = loadChildren(journal, deviceId, facts);
  return entries
    .flatMap((entry, i) => {
      const fact = facts[i]!;
      const figures = advanceFigures(fact, childrenOf);
      if (!figures || fact.document.kind !== 'prepayment') return [];
      const doc = fact.document;
      return [{ ...refOf(entry), clientName: doc.client?.name, vatRate: doc.vatRate, lines: doc.lines, ...figures }];
    })
    .filter((a) => a.balance > 0 && matches(query, [a.clientName, a.documentNumber, a.shortDocumentId]))
    .slice(0, listLimit);
}

/** What is left to refund of a journaled document; undefined while the device has not taken it, or for a kind that is not refunded. */
export function refundableEntry(journal: Journal, entry: JournalEntry): Refundable | undefined {
  if (entry.state !== 'done') return undefined;
  const fact = factOf(entry);
  return refundableOf(fact, loadChildren(journal, entry.deviceId, [fact]));
}
