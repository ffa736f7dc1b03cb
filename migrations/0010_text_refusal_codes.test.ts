import { describe, expect, it } from 'vitest';
import { migrate } from '../electron/db/migrate';
import { migrations } from '../electron/db/migrations';
import { closeDatabase, openDatabase } from '../electron/db/open';
import { useTempDirs } from '../electron/testing/temp-dir';

const tempDir = useTempDirs();

function insert(db: ReturnType<typeof openDatabase>, uuid: string, state: string, errorCode: number | null) {
  db.prepare(
    `INSERT INTO journal_documents (uuid, device_id, kind, operation, request, document, state, attempts, created_at, updated_at, error_code, error_text)
     VALUES (?, 'training', 'sale', 'sale', '{}', '{}', ?, 1, 'now', 'now', ?, ?)`,
  ).run(uuid, state, errorCode, errorCode === null ? null : 'invalid total sum');
}

describe('0010_text_refusal_codes', () => {
  it('turns every stored refusal code into text, keeps the rest, and settled rows stay final', () => {
    const db = openDatabase(`${tempDir()}/kassa.sqlite3`);
    migrate(db, migrations.filter((m) => m.version <= 9));
    insert(db, 'u-rejected', 'rejected', 607);
    insert(db, 'u-done', 'done', null);
    insert(db, 'u-pending', 'pending', null);

    migrate(db, migrations);
    const rows = db.prepare('SELECT uuid, state, error_code AS code, typeof(error_code) AS type, error_text AS text FROM journal_documents ORDER BY id').all();
    expect(rows).toEqual([
      { uuid: 'u-rejected', state: 'rejected', code: '607', type: 'text', text: 'invalid total sum' },
      { uuid: 'u-done', state: 'done', code: null, type: 'null', text: null },
      { uuid: 'u-pending', state: 'pending', code: null, type: 'null', text: null },
    ]);
    // A word is a code now (Checkbox's), and the state machine's triggers are back in force.
    db.prepare("UPDATE journal_documents SET state = 'sending' WHERE uuid = 'u-pending'").run();
    db.prepare("UPDATE journal_documents SET state = 'rejected', error_code = 'SHIFT_NOT_OPENED' WHERE uuid = 'u-pending'").run();
    expect(db.prepare("SELECT error_code FROM journal_documents WHERE uuid = 'u-pending'").pluck().get()).toBe('SHIFT_NOT_OPENED');
    expect(() => db.prepare("UPDATE journal_documents SET error_code = '1' WHERE uuid = 'u-rejected'").run()).toThrow(/settled journal document does not change/);
    expect(() => db.prepare("UPDATE journal_documents SET state = 'sending' WHERE uuid = 'u-done'").run()).toThrow(/illegal journal state change|does not change/);
    expect(() => db.prepare('DELETE FROM journal_documents').run()).toThrow(/never deleted/);
    closeDatabase(db);
  });
});
