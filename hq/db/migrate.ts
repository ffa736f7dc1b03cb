import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pool } from 'pg';

const migrationsFolder = join(import.meta.dirname, '..', 'migrations');

/** Any fixed number: the lock makes two office services starting at once migrate one after the other. */
const migrationLock = 0x6b61_7373;

/**
 * Brings the office's PostgreSQL schema up to date: each file of hq/migrations not yet applied
 * runs in its own transaction, in name order, and is recorded with it, so a crash halfway leaves
 * the last whole step. Returns the names it applied.
 */
export async function migrate(pool: Pool): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [migrationLock]);
    await client.query('CREATE TABLE IF NOT EXISTS hq_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await client.query<{ name: string }>('SELECT name FROM hq_migrations')).rows.map((row) => row.name));
    const applied: string[] = [];
    for (const name of readdirSync(migrationsFolder).filter((file) => file.endsWith('.sql')).sort()) {
      if (done.has(name)) continue;
      await client.query('BEGIN');
      try {
        await client.query(readFileSync(join(migrationsFolder, name), 'utf8'));
        await client.query('INSERT INTO hq_migrations (name) VALUES ($1)', [name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      applied.push(name);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [migrationLock]).catch(() => undefined);
    client.release();
  }
}
