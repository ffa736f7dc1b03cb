import { z } from 'zod';

/**
 * Characters no person types into a name or a note: C0 and C1 controls (NUL among them; SQLite,
 * logs and devices treat them each their own way) except tab and line breaks, and a UTF-16 half
 * without its other half, which becomes U+FFFD on the way to SQLite and so is stored as something
 * else than was sent.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unsafe = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Single-line texts (names, codes) refuse line breaks and tabs too. */
const unsafeInLine = /[\t\n\r\u2028\u2029]/;

// With the `u` flag a surrogate pair is one code point, so only a lone half matches its range.
const hasNoUnsafe = (text: string) => !unsafe.test(text);

/**
 * Free text from a person: trimmed, bounded, without control characters or lone surrogates.
 * `min` 1 (the default) makes it required; 0 allows an empty text.
 */
export function safeText(max: number, options: { min?: number; multiline?: boolean } = {}) {
  const { min = 1, multiline = false } = options;
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine(hasNoUnsafe, { message: 'control characters or a lone surrogate' })
    .refine((text) => multiline || !unsafeInLine.test(text), { message: 'line break or tab in a one-line text' });
}
