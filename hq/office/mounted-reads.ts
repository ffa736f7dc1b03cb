import type { OfficeReadRoute } from './read-routes';

/**
 * The office page's reads the service mounts under `/api/office/`: the page's own list
 * (hq/office-reads/routes.ts) goes in here in one line when it is merged.
 */
export const mountedReadRoutes: readonly OfficeReadRoute[] = [];
