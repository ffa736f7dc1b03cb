/** The SmartOne Cashbox routes the driver uses (POST http://<ip>:8008/<route>). */
export const documentRoutes = ['sale', 'refund', 'rollback', 'creditpay', 'deposit', 'withdraw', 'close_shift'] as const;
export type DocumentRoute = (typeof documentRoutes)[number];

export type ServiceRoute = 'open_shift' | 'check_shift' | 'x_report' | 'dates_report' | 'check_status' | 'check_copy' | 'get_info';
export type Route = DocumentRoute | ServiceRoute;

export function isDocumentRoute(route: string): route is DocumentRoute {
  return (documentRoutes as readonly string[]).includes(route);
}
