import { describe, expect, it } from 'vitest';
import { migrate } from '../electron/db/migrate';
import { migrations } from '../electron/db/migrations';
import { openDatabase, type Db } from '../electron/db/open';
import { useTempDirs } from '../electron/testing/temp-dir';

const tempDir = useTempDirs();

function open(): Db {
  const db = openDatabase(`${tempDir()}/kassa.sqlite3`);
  migrate(db, migrations);
  return db;
}

const addPerson = (db: Db, name: string, role = 'cashier') =>
  Number(db.prepare("INSERT INTO people (name, role, pin_hash, created_at, updated_at) VALUES (?, ?, 'scrypt$x', 'now', 'now')").run(name, role).lastInsertRowid);

describe('0004_people', () => {
  it('keeps roles to the three the app knows and names unique among active people', () => {
    const db = open();
    const first = addPerson(db, 'Aysel');
    expect(() => addPerson(db, 'Aysel')).toThrow(/UNIQUE/);
    expect(() => addPerson(db, 'Kamran', 'owner')).toThrow(/CHECK/);
    expect(() => addPerson(db, '')).toThrow(/CHECK/);
    // A deactivated person's name is free again: a new Aysel may join.
    db.prepare('UPDATE people SET active = 0 WHERE id = ?').run(first);
    expect(addPerson(db, 'Aysel')).toBeGreaterThan(first);
  });

  it('never deletes a person and never changes or removes an audit entry', () => {
    const db = open();
    const id = addPerson(db, 'Aysel', 'manager');
    db.prepare("INSERT INTO audit_log (at, action, outcome, actor_id, details) VALUES ('now', 'refund', 'done', ?, '{}')").run(id);
    expect(() => db.prepare('DELETE FROM people WHERE id = ?').run(id)).toThrow(/deactivated, not deleted/);
    expect(() => db.prepare("UPDATE audit_log SET outcome = 'refused'").run()).toThrow(/final/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/final/);
    expect(() => db.prepare("INSERT INTO audit_log (at, action, outcome, details) VALUES ('now', 'refund', 'maybe', '{}')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO audit_log (at, action, outcome, details) VALUES ('now', 'refund', 'done', 'not json')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO audit_log (at, action, outcome, actor_id, details) VALUES ('now', 'refund', 'done', 999, '{}')").run()).toThrow(/FOREIGN KEY/);
  });
});
