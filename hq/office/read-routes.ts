import type { Pool } from 'pg';

/**
 * A read of the office page: GET `/api/office/read/<path>` for a signed-in office person, answered
 * with what `handle` returns as JSON. The page's reads (hq/office-reads/routes.ts) are a list of
 * these, mounted by `mountedReadRoutes`.
 */
export interface OfficeReadRoute {
  path: string;
  handle(pool: Pool, query: URLSearchParams): Promise<unknown>;
}
