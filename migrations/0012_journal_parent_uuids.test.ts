import { describe, expect, it } from 'vitest';
import { analyzedDatabase, queryPlan as plan } from '../electron/testing/query-plan';
import { useTempDirs } from '../electron/testing/temp-dir';

const tempDir = useTempDirs();

describe('0012_journal_parent_uuids', () => {
  it('finds what follows a document by its UUID and, in documents from before, by its device id, both through indexes', () => {
    const db = analyzedDatabase(tempDir());
    // Journal.childrenOf's query.
    const detail = plan(
      db,
      `SELECT id FROM journal_documents WHERE device_id = ?
         AND (kind IN ('moneyBack', 'creditPay', 'rollBack') OR (kind = 'sale' AND instr(document, ?) > 0))
         AND coalesce(json_extract(document, '$.parentUuid'), json_extract(document, '$.prepaymentUuid')) IN (SELECT value FROM json_each(?))
       UNION ALL
       SELECT id FROM journal_documents WHERE device_id = ?
         AND (kind IN ('moneyBack', 'creditPay', 'rollBack') OR (kind = 'sale' AND instr(document, ?) > 0))
         AND coalesce(json_extract(document, '$.parentDocumentId'), json_extract(document, '$.prepaymentDocumentId')) IN (SELECT value FROM json_each(?))
       ORDER BY id`,
      'training',
      '"prepaymentUuid"',
      '["6f1c2a9e-4b0d-4c1e-9a7b-1d2e3f405060"]',
      'training',
      '"prepaymentDocumentId"',
      '["A1"]',
    );
    expect(detail).toMatch(/USING (COVERING )?INDEX journal_documents_parent_uuid \(device_id=\? AND <expr>=\?\)/);
    expect(detail).toMatch(/USING (COVERING )?INDEX journal_documents_parent \(device_id=\? AND <expr>=\?\)/);
    expect(detail).not.toMatch(/SCAN journal_documents(?! USING)/);
  });
});
