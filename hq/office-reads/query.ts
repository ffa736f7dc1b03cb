import { z } from 'zod';

/** A read's query the office refuses: the service answers 400 `badRequest` with this message. */
export class OfficeQueryError extends Error {
  override readonly name = 'OfficeQueryError';
}

/** The query string as `schema` reads it; an unknown or malformed parameter is refused, never guessed at. */
export function parseQuery<T>(schema: z.ZodType<T>, query: URLSearchParams): T {
  const parsed = schema.safeParse(Object.fromEntries(query));
  if (!parsed.success) throw new OfficeQueryError(z.prettifyError(parsed.error));
  return parsed.data;
}

/**
 * The instants of a day of each shop's clock, written into a query on `shops s`: PostgreSQL's
 * own zone data turns the shop's midnights into instants (23 or 25 hours apart where clocks
 * change). `$1` is the day (`YYYY-MM-DD`).
 */
export const dayStart = `($1::date::timestamp AT TIME ZONE s.time_zone)`;
export const dayEnd = `(($1::date + 1)::timestamp AT TIME ZONE s.time_zone)`;

/** `$2` is the shop filter, null for every shop. */
export const shopFilter = `($2::uuid IS NULL OR s.id = $2::uuid)`;

export const iso = (instant: Date): string => instant.toISOString();
export const isoOrNull = (instant: Date | null): string | null => (instant ? instant.toISOString() : null);

/** PostgreSQL's bigint comes as text so nothing is rounded on the way; the answer's schema checks it is a safe integer. */
export const bigintOrNull = (value: string | null): number | null => (value === null ? null : Number(value));

/** The columns naming where a difference was found (`OfficeZReport`, `OfficeMismatch`), as a row holds them. */
export interface FoundAtRow {
  till_id: string;
  till_name: string;
  shop_id: string;
  shop_name: string;
  currency: string;
  device_id: string;
  document_uuid: string;
}

export function foundAt(row: FoundAtRow) {
  return { tillId: row.till_id, tillName: row.till_name, shopId: row.shop_id, shopName: row.shop_name, currency: row.currency, deviceId: row.device_id, documentUuid: row.document_uuid };
}
