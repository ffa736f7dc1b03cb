import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { freshDatabase, noTestServer, type TestDatabase } from '../testing/postgres';

if (noTestServer) console.warn(`office migrations skipped: ${noTestServer}`);

describe.skipIf(noTestServer)('the office schema on a real PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await freshDatabase();
  }, 60_000);
  afterAll(async () => db?.drop());

  it('applies every migration once; a second run applies none', async () => {
    const tables = await db.pool.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    expect(tables.rows.map((row) => row.name)).toEqual(expect.arrayContaining(['documents', 'tills', 'shops', 'products', 'z_reports', 'push_conflicts']));
    expect(await migrate(db.pool)).toEqual([]);
  });
});
