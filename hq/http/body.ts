import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { badRequest, OfficeFailure } from './failure';

/** A push of 500 documents with their lines fits in a few MiB; everything else is small. */
export const pushBodyLimit = 16 * 1024 * 1024;
export const smallBodyLimit = 64 * 1024;

async function readText(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new OfficeFailure(413, 'tooLarge', `body larger than ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new OfficeFailure(413, 'tooLarge', `body larger than ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Where the input was wrong, never what it held: a body may carry a password or a code. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.code}`)
    .join('; ');
}

/** Reads a JSON body within `limit` bytes and parses it with `schema`. */
export async function readJson<S extends z.ZodType>(req: IncomingMessage, limit: number, schema: S): Promise<z.infer<S>> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) throw badRequest('a JSON body (application/json) is expected');
  const text = await readText(req, limit);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest('the body is not JSON');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw badRequest(describeIssues(parsed.error));
  return parsed.data;
}

/** Parses a query string with `schema` (every value a string, as the URL gave it). */
export function readQuery<S extends z.ZodType>(query: URLSearchParams, schema: S): z.infer<S> {
  const parsed = schema.safeParse(Object.fromEntries(query));
  if (!parsed.success) throw badRequest(describeIssues(parsed.error));
  return parsed.data;
}
