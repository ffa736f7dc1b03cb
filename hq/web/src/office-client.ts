import type { z } from 'zod';
import { officeApiBase, officeSessionPath, type OfficeSignIn } from '../../../shared/office/office-api';
import { OfficeError } from '../../../shared/office/till-api';

/** Why a call to the office failed: the manager is not signed in, or the office could not answer. */
export class OfficeCallError extends Error {
  override readonly name = 'OfficeCallError';

  constructor(readonly reason: 'signedOut' | 'failed', detail: string) {
    super(detail);
  }
}

/** GET `/api/office/<route>` with the session cookie; the answer is checked by `schema`. */
export async function readOffice<T>(route: string, query: Record<string, string | undefined>, schema: z.ZodType<T>): Promise<T> {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const response = await call(`${officeApiBase}${route}?${params}`, { credentials: 'same-origin' });
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) throw new OfficeCallError('failed', `${route}: an answer the page does not understand`);
  return parsed.data;
}

/** Signs in; a wrong name or password is `signedOut`. */
export async function signIn(person: OfficeSignIn): Promise<void> {
  await call(officeSessionPath, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(person) });
}

async function call(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    throw new OfficeCallError('failed', String(error));
  }
  if (response.ok) return response;
  const body = OfficeError.safeParse(await response.json().catch(() => undefined));
  const detail = body.success ? `${body.data.error}: ${body.data.message}` : `HTTP ${response.status}`;
  throw new OfficeCallError(response.status === 401 ? 'signedOut' : 'failed', detail);
}
