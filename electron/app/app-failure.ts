import { fail, ok, type ErrorCode, type Result } from '../../shared/result';

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

/** The result of work outside the dispatcher (a host's own route): an AppFailure as its typed error, anything else thrown on. */
export async function resultOf<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (error) {
    if (error instanceof AppFailure) return fail(error.code, error.message, error.details);
    throw error;
  }
}
