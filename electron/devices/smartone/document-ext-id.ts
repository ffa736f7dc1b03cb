import { z } from 'zod';

/**
 * How our document UUID is written as `documentExtID`: the new-cashbox contract takes a string
 * (`uuid`); older firmware declares an Integer (`int53`: the UUID's first 52 bits, a safe
 * integer). Chosen per device in its settings (ambiguity B2). The value is in the stored bytes,
 * so a lookup and a re-send use exactly what the first send used.
 */
export const ExtIdFormat = z.enum(['uuid', 'int53']);
export type ExtIdFormat = z.infer<typeof ExtIdFormat>;

export function documentExtId(uuid: string, format: ExtIdFormat): string | number {
  switch (format) {
    case 'uuid':
      return uuid;
    case 'int53':
      return Number.parseInt(uuid.replaceAll('-', '').slice(0, 13), 16);
  }
}
