import { officeReads } from '../office-reads/routes';
import type { OfficeReadRoute } from './read-routes';

/** The office page's reads (hq/office-reads/routes.ts) the service mounts under `/api/office/read/`. */
export const mountedReadRoutes: readonly OfficeReadRoute[] = officeReads;
