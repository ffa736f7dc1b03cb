import { isSecretName } from './secret-names';

export const censor = '[redacted]';

/**
 * Field names pino censors as a whole (an object under `credentials` too), at the top and one
 * level down. Each wildcard path costs about a microsecond per entry, so deeper levels and
 * compound names (`devicePassword`, `managerPin`) are left to `scrubLine`, which finds them in
 * the written line at any depth for a few microseconds.
 */
const secretFields = [
  'password',
  'passphrase',
  'pin',
  'token',
  'secret',
  'authorization',
  'Authorization',
  'credentials',
  'cookie',
  'apiKey',
  'privateKey',
  '["x-kassa-token"]',
];

/** `password` and `*.password`; a bracketed name joins without a dot. */
export const redactPaths: string[] = ['', '*'].flatMap((parent) =>
  secretFields.map((field) => (parent === '' || field.startsWith('[') ? parent + field : `${parent}.${field}`)),
);

/**
 * Secret values the app holds while it runs (the web host's token, device passwords once the
 * settings layer decrypts them): censored wherever they appear in a log line, for instance
 * inside an error message that quotes a URL or a request. Values under six characters (a PIN)
 * are too common to look for in text, where they would cut years out of timestamps; such values
 * are censored by their field's name, and inputs are never logged.
 */
export class SecretValues {
  private readonly forms = new Set<string>();

  add(value: string): void {
    if (value.length < 6) return;
    this.forms.add(value);
    // As it appears inside a JSON string, and inside a URL.
    this.forms.add(JSON.stringify(value).slice(1, -1));
    this.forms.add(encodeURIComponent(value));
  }

  scrub(text: string): string {
    let result = text;
    for (const form of this.forms) if (result.includes(form)) result = result.split(form).join(censor);
    return result;
  }
}

/** `?token=…` and `&password=…` in URLs: the web host's address carries its token this way. */
const secretQuery = /([?&#](?:token|access_token|password|pass|pin|secret|key|api_key|auth)=)[^&#;\s"\\]+/gi;
/** `http://user:password@host/`. */
const urlUserInfo = /(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s"@]+@/gi;
const authScheme = /\b(Bearer|Basic)\s+[\w.~+/=-]+/g;
/** `password=…`, `pin: …`, and `\"password\":\"…\"` in a JSON body quoted by an error message. */
const secretAssignment = /\b(pass(?:word|wd|phrase)?|pin(?:code)?|token|secret|api[_-]?key)((?:\\?")?\s*[:=]\s*(?:\\?")?)(?:[^\s"\\,;&}]|\\(?!"))+/gi;
/** A string or number value under a JSON key; objects under secret keys are pino's `redact`. */
const jsonScalar = /"((?:[^"\\]|\\.)*)":("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;

/**
 * The last line of defence, on each serialized log line: secret-looking fields at any depth
 * (pino's paths reach four levels, and need exact names), secrets inside URLs and
 * Authorization values, and the registered secret values.
 */
export function scrubLine(line: string, secrets: SecretValues): string {
  const fieldsCensored = line.replace(jsonScalar, (match, key: string) => (isSecretName(key) ? `"${key}":"${censor}"` : match));
  return secrets.scrub(scrubText(fieldsCensored));
}

/**
 * Secrets that text carries in a recognisable shape: URL credentials and tokens, Authorization
 * values, `name=value` and quoted JSON fields. A secret in free prose ("refused password x") is
 * found only by its value: see SecretValues.
 */
export function scrubText(text: string): string {
  return text
    .replace(secretQuery, `$1${censor}`)
    .replace(urlUserInfo, `$1${censor}@`)
    .replace(authScheme, `$1 ${censor}`)
    .replace(secretAssignment, `$1$2${censor}`);
}
