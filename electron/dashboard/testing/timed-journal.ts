import { randomUUID } from 'node:crypto';
import { documentTotal } from '../../../shared/fiscal/document-total';
import { FiscalDocument } from '../../../shared/fiscal/documents';
import type { Db } from '../../db/open';
import { buildDocumentRequest } from '../../devices/caspos/testing/wire';
import type { Journal } from '../../journal/journal';
import { openJournal } from '../../journal/testing/journal-db';
import { journalParents } from '../../journal/parents';

export type Settlement = 'done' | 'rejected' | 'unknown';

/**
 * A real journal file whose documents are journaled at the instants a test chooses and settled
 * as the test says, with device ids D1, D2, … for the done ones: a day of trading without a
 * device, so every figure of it is known in advance.
 */
export function timedJournal(dir: string): { db: Db; journal: Journal; add(document: FiscalDocument, at: string, settlement?: Settlement): string } {
  let clock = new Date(0);
  const { db, journal } = openJournal(dir, () => clock);
  let done = 0;
  return {
    db,
    journal,
    add(input, at, settlement = 'done') {
      clock = new Date(at);
      const document = FiscalDocument.parse(input);
      const uuid = randomUUID();
      const { id } = journal.record({ uuid, deviceId: 'training', document, request: buildDocumentRequest(document, uuid, journalParents(journal, 'training')), total: documentTotal(document) }, true);
      switch (settlement) {
        case 'done': {
          const documentId = `D${++done}`;
          journal.settle(id, { kind: 'done', duplicate: false, raw: '{}', value: { documentId, documentNumber: done } });
          return documentId;
        }
        case 'rejected':
          journal.settle(id, { kind: 'rejected', raw: '{}', refusal: { system: 'caspos', code: '607', deviceText: 'invalid total sum', cashier: null } });
          return '';
        case 'unknown':
          journal.settle(id, { kind: 'unknown', reason: 'answer_timeout', sent: true, detail: 'no answer' });
          return '';
      }
    },
  };
}
