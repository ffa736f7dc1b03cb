import type { CatalogueAnswer, EnrolAnswer, EnrolRequest, OfficeErrorCode, PushAnswer, PushRequest } from '../../shared/office/till-api';

/**
 * How the till reaches its office: one small interface, so the pusher and the puller do not know
 * whether HTTPS (https-office-client.ts) or anything else carries their requests.
 */
export interface OfficeTransport {
  enrol(request: EnrolRequest): Promise<EnrolAnswer>;
  push(token: string, request: PushRequest): Promise<PushAnswer>;
  catalogue(token: string, after: number, limit: number): Promise<CatalogueAnswer>;
  leave(token: string): Promise<void>;
}

/**
 * Why a request to the office came to nothing, in kinds the settings screen words for the
 * manager: `office` carries the office's own error code.
 */
export type OfficeProblem =
  | { kind: 'unreachable' }
  | { kind: 'timeout' }
  | { kind: 'certificateChanged'; presented: string }
  | { kind: 'badAnswer' }
  | { kind: 'office'; code: OfficeErrorCode };

export class OfficeRequestError extends Error {
  constructor(
    readonly problem: OfficeProblem,
    message: string,
  ) {
    super(message);
    this.name = 'OfficeRequestError';
  }
}

/** The problem's stable name as kept in office_link's last error columns and shown by the screen. */
export function problemCode(error: unknown): string {
  if (!(error instanceof OfficeRequestError)) return 'unexpected';
  const { problem } = error;
  switch (problem.kind) {
    case 'office':
      return problem.code;
    case 'unreachable':
    case 'timeout':
    case 'certificateChanged':
    case 'badAnswer':
      return problem.kind;
  }
}
