import { describe, expect, it } from 'vitest';
import { migrate } from '../electron/db/migrate';
import { migrations } from '../electron/db/migrations';
import { openDatabase, type Db } from '../electron/db/open';
import { useTempDirs } from '../electron/testing/temp-dir';

const tempDir = useTempDirs();

function plan(db: Db, sql: string, ...parameters: unknown[]): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as { detail: string }[]).map((r) => r.detail).join(' | ');
}

describe('0007_journal_follow_ups', () => {
  it('finds what follows a document, a document by its fiscal id and the credit sales through indexes, not by reading the journal', () => {
    const db = openDatabase(`${tempDir()}/kassa.sqlite3`);
    migrate(db, migrations);
    db.exec('ANALYZE');
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
