import type { OfficeAdminErrorCode } from '../../shared/office/office-admin';
import type { OfficeErrorCode } from '../../shared/office/till-api';

/**
 * A refusal the service answers as `{ error, message }` with a stable code (the till and the page
 * show the code in their person's language; the message is for logs and curl). Anything else that
 * escapes a handler is answered as `unavailable` and logged without the request.
 */
export class OfficeFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: OfficeErrorCode | OfficeAdminErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new OfficeFailure(400, 'badRequest', message);
export const notFound = () => new OfficeFailure(404, 'notFound', 'no such thing here');
