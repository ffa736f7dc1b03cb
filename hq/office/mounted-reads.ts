import { OfficeQueryError } from '../office-reads/query';
import { officeReads } from '../office-reads/routes';
import { badRequest } from '../http/failure';
import type { OfficeReadRoute } from './read-routes';

/**
 * The office page's reads (hq/office-reads/routes.ts) the service mounts under `/api/office/read/`. A
 * query a read refuses is the manager's 400 `badRequest`, not the service's 503.
 */
export const mountedReadRoutes: readonly OfficeReadRoute[] = officeReads.map((read) => ({
  path: read.path,
  handle: async (pool, query) => {
    try {
      return await read.handle(pool, query);
    } catch (error) {
      if (error instanceof OfficeQueryError) throw badRequest(error.message);
      throw error;
    }
  },
}));
