import { describe, expect, it } from 'vitest';
import { analyzedDatabase, queryPlan as plan } from '../electron/testing/query-plan';
import { useTempDirs } from '../electron/testing/temp-dir';

const tempDir = useTempDirs();

describe('0007_journal_follow_ups', () => {
  it('finds what follows a document, a document by its fiscal id and the credit sales through indexes, not by reading the journal', () => {
    const db = analyzedDatabase(tempDir());
    expect(
      plan(
        db,
        `SELECT id FROM journal_documents WHERE device_id = ?
           AND (kind IN ('moneyBack', 'creditPay', 'rollBack') OR (kind = 'sale' AND instr(document, '"prepaymentDocumentId"') > 0))
           AND coalesce(json_extract(document, '$.parentDocumentId'), json_extract(document, '$.prepaymentDocumentId')) IN (SELECT value FROM json_each(?))`,
        'training',
        '["A1"]',
      ),
    ).toMatch(/USING (COVERING )?INDEX journal_documents_parent/);
    expect(plan(db, 'SELECT id FROM journal_documents WHERE device_id = ? AND device_document_id = ?', 'training', 'A1')).toMatch(/USING (COVERING )?INDEX journal_documents_device_document/);
    expect(
      plan(
        db,
        `SELECT id FROM journal_documents WHERE device_id = ? AND kind = 'sale' AND state = 'done'
           AND instr(document, '"credit":{') > 0 AND json_extract(document, '$.tenders.credit') > 0`,
        'training',
      ),
    ).toMatch(/USING (COVERING )?INDEX journal_documents_credit/);
  });
});
