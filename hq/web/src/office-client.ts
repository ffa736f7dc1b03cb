import { z } from 'zod';
import { officeApiBase, officeSessionPath, type OfficeSignIn } from '../../../shared/office/office-api';

/** Any refusal of the office, the till API's codes and the office API's alike (`code` is kept to say it in the manager's words). */
const Refusal = z.object({ error: z.string(), message: z.string() });

/** Why a call to the office failed: the manager is not signed in, or the office could not answer. */
export class OfficeCallError extends Error {
  override readonly name = 'OfficeCallError';

  constructor(
    readonly reason: 'signedOut' | 'failed',
    detail: string,
    /** The office's code for the refusal (`codeTaken`, `badRequest`, ...), when it answered one. */
    readonly code?: string,
  ) {
    super(detail);
  }
}

/** GET of the page's reads, `/api/office/read/<route>`, with the session cookie; the answer is checked by `schema`. */
export async function readOffice<T>(route: string, query: Record<string, string | undefined>, schema: z.ZodType<T>): Promise<T> {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return readPath(`${officeApiBase}${route}?${params}`, schema);
}

/** GET of the office API's own lists (`officeAdminPaths`: shops with their versions, a shop's products). */
export async function readPath<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  const response = await call(path, { credentials: 'same-origin' });
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) throw new OfficeCallError('failed', `${path}: an answer the page does not understand`);
  return parsed.data;
}

/** Signs in; a wrong name or password is `signedOut`. */
export async function signIn(person: OfficeSignIn): Promise<void> {
  await call(officeSessionPath, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(person) });
}

/**
 * A change through the office API (`path` from shared/office/office-admin.ts) with the session
 * cookie: the body as JSON, the answer checked by `schema` (none for 204).
 */
export async function changeOffice<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body: unknown, schema: z.ZodType<T>): Promise<T> {
  const response = await call(path, {
    method,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const parsed = schema.safeParse(response.status === 204 ? undefined : await response.json());
  if (!parsed.success) throw new OfficeCallError('failed', `${path}: an answer the page does not understand`);
  return parsed.data;
}

async function call(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    throw new OfficeCallError('failed', String(error));
  }
  if (response.ok) return response;
  const body = Refusal.safeParse(await response.json().catch(() => undefined));
  const detail = body.success ? `${body.data.error}: ${body.data.message}` : `HTTP ${response.status}`;
  throw new OfficeCallError(response.status === 401 ? 'signedOut' : 'failed', detail, body.success ? body.data.error : undefined);
}
