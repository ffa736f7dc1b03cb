import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { openDatabase, type Db } from '../db/open';

/** A database file in `dir` with every migration and fresh statistics, as the query planner sees a real one. */
export function analyzedDatabase(dir: string): Db {
  const db = openDatabase(`${dir}/kassa.sqlite3`);
  migrate(db, migrations);
  db.exec('ANALYZE');
  return db;
}

/** How SQLite would run `sql`: the query plan's lines joined, to assert which index it uses. */
export function queryPlan(db: Db, sql: string, ...parameters: unknown[]): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as { detail: string }[]).map((r) => r.detail).join(' | ');
}
