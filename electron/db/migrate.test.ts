import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../testing/temp-dir';
import { DatabaseTooNewError, migrate, schemaVersion } from './migrate';
import { migrations, parseMigrations } from './migrations';
import { closeDatabase, openDatabase } from './open';

const tempDir = useTempDirs();

describe('openDatabase', () => {
  it('opens a real file with WAL, FULL sync, foreign keys and a busy timeout', () => {
    const db = openDatabase(join(tempDir(), 'k.sqlite3'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    closeDatabase(db);
    expect(db.open).toBe(false);
  });
});

describe('migrate', () => {
  it('brings a new database to the latest version and does nothing the second time', () => {
    const file = join(tempDir(), 'k.sqlite3');
    const db = openDatabase(file);
    expect(migrate(db, migrations)).toEqual({ from: 0, to: migrations.length });
    closeDatabase(db);
    const again = openDatabase(file);
    expect(migrate(again, migrations)).toEqual({ from: migrations.length, to: migrations.length });
    closeDatabase(again);
  });

  it('rolls every pending migration back when one of them fails', () => {
    const db = openDatabase(join(tempDir(), 'k.sqlite3'));
    const list = parseMigrations({
      '/m/0001_one.sql': 'CREATE TABLE one (id INTEGER PRIMARY KEY);',
      '/m/0002_two.sql': 'CREATE TABLE two (id INTEGER PRIMARY KEY); INSERT INTO nowhere VALUES (1);',
    });
    expect(() => migrate(db, list)).toThrow(/nowhere/);
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()).toEqual([]);
    closeDatabase(db);
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const file = join(tempDir(), 'k.sqlite3');
    const newer = new Database(file);
    newer.pragma(`user_version = ${migrations.length + 1}`);
    newer.exec('CREATE TABLE future (x TEXT)');
    newer.close();

    const db = openDatabase(file);
    expect(() => migrate(db, migrations)).toThrow(DatabaseTooNewError);
    expect(() => migrate(db, migrations)).toThrow(`newer version of Kassa (schema ${migrations.length + 1}; this version knows up to ${migrations.length})`);
    expect(schemaVersion(db)).toBe(migrations.length + 1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'settings'").get()).toEqual({ n: 0 });
    closeDatabase(db);
  });
});

describe('parseMigrations', () => {
  it('orders files by number', () => {
    const list = parseMigrations({ '/m/0002_b.sql': 'b', '/m/0001_a.sql': 'a' });
    expect(list.map((m) => m.name)).toEqual(['a', 'b']);
  });

  it('refuses gaps and badly named files', () => {
    expect(() => parseMigrations({ '/m/0001_a.sql': '', '/m/0003_c.sql': '' })).toThrow(/without gaps/);
    expect(() => parseMigrations({ '/m/1_a.sql': '' })).toThrow(/NNNN_name.sql/);
    expect(() => parseMigrations({ '/m/0001_Bad-Name.sql': '' })).toThrow(/NNNN_name.sql/);
  });

  it('finds the files of migrations/ in the build', () => {
    expect(migrations.map((m) => `${m.version}_${m.name}`)).toEqual(['1_init', '2_journal', '3_catalog', '4_people', '5_device_settings', '6_reports', '7_journal_follow_ups', '8_journal_quarantine', '9_journal_mismatches', '10_driver_storage', '11_device_features', '12_journal_parent_uuids', '13_tax_groups', '14_catalogue_in_app', '15_driver_state', '16_search_prefixes', '17_office_link']);
  });
});
