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

describe('0010_driver_storage', () => {
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

  it("moves a device's login into its driver's config and its password into a sealed secret field, untouched", () => {
    const db = openDatabase(`${tempDir()}/kassa.sqlite3`);
    migrate(db, migrations.filter((m) => m.version <= 9));
    db.prepare("INSERT INTO devices (id, kind, name, url, training, created_at) VALUES ('caspos@127.0.0.9:5544', 'caspos', 'Shop', 'http://127.0.0.9:5544/', 0, 'then')").run();
    const sealed = Buffer.from([9, 8, 7, 6]);
    db.prepare("INSERT INTO device_credentials (device_id, username, auth, password, protection, updated_at) VALUES ('caspos@127.0.0.9:5544', 'kassa', 'session', ?, 'file-key', 'then')").run(sealed);

    migrate(db, migrations);
    const devices = db.prepare('SELECT id, kind, url, config FROM devices ORDER BY training, id').all();
    expect(devices).toEqual([
      { id: 'caspos@127.0.0.9:5544', kind: 'caspos', url: 'http://127.0.0.9:5544/', config: JSON.stringify({ url: 'http://127.0.0.9:5544/', username: 'kassa', auth: 'session' }) },
      // The training device keeps working as the default: its driver brings its own settings.
      { id: 'training', kind: 'caspos', url: null, config: '{}' },
    ]);
    expect(db.prepare('SELECT device_id, field, value, protection, updated_at FROM device_secrets').all()).toEqual([
      { device_id: 'caspos@127.0.0.9:5544', field: 'password', value: sealed, protection: 'file-key', updated_at: 'then' },
    ]);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'device_credentials'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('activeDeviceId')).toBe('"training"');

    const secret = db.prepare("INSERT INTO device_secrets (device_id, field, value, protection, updated_at) VALUES (?, 'token', X'01', ?, 'now')");
    expect(() => secret.run('nowhere', 'file-key')).toThrow(/FOREIGN KEY/);
    expect(() => secret.run('training', 'plain')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE devices SET config = '[1]' WHERE id = 'training'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE devices SET config = 'not json' WHERE id = 'training'").run()).toThrow(/CHECK/);
    closeDatabase(db);
  });
});
