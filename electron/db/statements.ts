import type Database from 'better-sqlite3';

/** Prepares each SQL text once per connection: preparing costs more than running a small statement. */
export function statementCache(db: Database.Database) {
  const cache = new Map<string, Database.Statement<unknown[], unknown>>();
  return <P extends unknown[] = unknown[], R = unknown>(sql: string): Database.Statement<P, R> => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement as unknown as Database.Statement<P, R>;
  };
}
