import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../db/migrate';

/**
 * A PostgreSQL server for tests: `KASSA_TEST_DATABASE_URL` names a role that may create
 * databases on a real server on loopback (`.ci/run` starts one in its own data folder). Each
 * caller gets a database of its own, migrated, dropped at the end.
 */
export const testServerUrl = process.env.KASSA_TEST_DATABASE_URL;

/** Why office tests cannot run here, printed by their skip; undefined when they can. */
export const noTestServer = testServerUrl
  ? undefined
  : 'KASSA_TEST_DATABASE_URL is not set: start a PostgreSQL on loopback (see README, "The shop office") or run .ci/run';

export interface TestDatabase {
  url: string;
  pool: pg.Pool;
  drop(): Promise<void>;
}

export async function freshDatabase(): Promise<TestDatabase> {
  if (!testServerUrl) throw new Error(noTestServer);
  const name = `kassa_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testServerUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
  // An idle connection the server ends (the database dropped WITH (FORCE) at the end, a restarted
  // server) is not a test's failure, as hq/main.ts logs it; a query in flight still fails itself.
  pool.on('error', () => undefined);
  await migrate(pool);
  return {
    url: url.toString(),
    pool,
    async drop() {
      await pool.end();
      const client = new pg.Client({ connectionString: testServerUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
