import { describe, expect, it } from 'vitest';
import { migrate } from '../electron/db/migrate';
import { migrations } from '../electron/db/migrations';
import { openDatabase } from '../electron/db/open';
import { useTempDirs } from '../electron/testing/temp-dir';

const tempDir = useTempDirs();

const product = `INSERT INTO products (name, code, price, vat_rate, unit, code_type, marking_required, favourite, position, folded_name, created_at, updated_at, office_id)
  VALUES (?, ?, 100, 'vat18', 'piece', 'plain', 0, 0, NULL, ?, 'now', 'now', ?)`;

describe('0017_office_link', () => {
  it('fills the outbox only while a link exists, and only with done shift openings', () => {
    const db = openDatabase(`${tempDir()}/kassa.sqlite3`);
    migrate(db, migrations);
    const event = db.prepare("INSERT INTO journal_events (device_id, kind, at, outcome, detail) VALUES ('training', ?, 'now', ?, '{}')");
    event.run('openShift', 'done');
    expect(db.prepare('SELECT count(*) AS n FROM office_outbox').get()).toEqual({ n: 0 });

    db.prepare(
      `INSERT INTO office_link (id, address, fingerprint, till_id, till_name, shop_id, shop_name, joined_at, token_sealed, token_protection, local_products_allowed)
       VALUES (1, 'https://127.0.0.1:1', ?, 't', 'T', 's', 'S', 'now', x'00', 'file-key', 1)`,
    ).run('AB:'.repeat(31) + 'AB');
    event.run('openShift', 'rejected');
    event.run('getXReport', 'done');
    event.run('openShift', 'done');
    expect(db.prepare('SELECT type, ref FROM office_outbox').all()).toEqual([{ type: 'shiftOpening', ref: 4 }]);
    expect(() => db.prepare("INSERT INTO office_link (id, address, fingerprint, till_id, till_name, shop_id, shop_name, joined_at, token_sealed, token_protection, local_products_allowed) SELECT 2, address, fingerprint, till_id, till_name, shop_id, shop_name, joined_at, token_sealed, token_protection, 1 FROM office_link").run()).toThrow(/CHECK/);
  });

  it('names an office product once; local products have no office id', () => {
    const db = openDatabase(`${tempDir()}/kassa.sqlite3`);
    migrate(db, migrations);
    db.prepare(product).run('Çörək', '', 'corek', 'a9b7f2e0-0000-4000-8000-000000000001');
    db.prepare(product).run('Süd', '', 'sud', null);
    db.prepare(product).run('Ayran', '', 'ayran', null);
    expect(() => db.prepare(product).run('Qatıq', '', 'qatiq', 'a9b7f2e0-0000-4000-8000-000000000001')).toThrow(/UNIQUE/);
  });
});
