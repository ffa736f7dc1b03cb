import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Adds about `bytes` of rows to `file` in a table no start-up query reads, then overwrites one
 * of its middle pages: the start itself cannot notice, only SQLite's page-by-page check can.
 */
export function damageDeepInside(file: string, bytes: number): void {
  const db = new Database(file);
  db.exec('CREATE TABLE padding (x BLOB)');
  const insert = db.prepare('INSERT INTO padding VALUES (randomblob(3000))');
  db.transaction(() => {
    for (let i = 0; i < Math.ceil(bytes / 3000); i++) insert.run();
  })();
  const pages = db.prepare("SELECT pageno FROM dbstat WHERE name = 'padding' AND pagetype = 'leaf' ORDER BY pageno").pluck().all() as number[];
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const content = readFileSync(file);
  const victim = pages[Math.floor(pages.length / 2)]!;
  content.fill(0x41, (victim - 1) * pageSize, victim * pageSize);
  writeFileSync(file, content);
}
