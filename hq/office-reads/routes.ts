import type pg from 'pg';
import { officeReadRoutes } from '../../shared/office/office-api';
import { readDifferences } from './differences';
import { readSales } from './sales';
import { readShops } from './shops';
import { readTills } from './tills';
import { readZReports } from './z-reports';

/**
 * A GET route of the office's page, under `/api/office/`. The service mounts these behind the
 * manager's sign-in; `handle` answers with its shared schema's shape (already checked by it) or
 * throws `OfficeQueryError` for a query it refuses (400 `badRequest`).
 */
export interface OfficeReadRoute {
  path: string;
  handle(pool: pg.Pool, query: URLSearchParams): Promise<unknown>;
}

export const officeReads: readonly OfficeReadRoute[] = [
  { path: officeReadRoutes.shops, handle: readShops },
  { path: officeReadRoutes.tills, handle: readTills },
  { path: officeReadRoutes.sales, handle: readSales },
  { path: officeReadRoutes.zReports, handle: readZReports },
  { path: officeReadRoutes.differences, handle: readDifferences },
];
