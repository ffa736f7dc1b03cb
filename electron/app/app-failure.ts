import type { ErrorCode } from '../../shared/result';

/** A failure a handler means to report: it reaches the renderer as a typed error, not as "internal". */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}
