/**
 * Whether a field's name says it holds a secret: `password`, `managerPin`, `x-kassa-token`,
 * `apiKey`, `pin_hash`... Logs censor such values and diagnostics exports drop such fields, so a
 * secret stays out of both even where nobody remembered to list its field.
 *
 * Only the last word decides (`tokenVersion`, a device's fiscal token version, is no secret;
 * `hostToken` is), except that a hash or salt of a secret is a secret too: a 4-digit PIN's
 * hash is found by trying all 10,000 PINs.
 */
export function isSecretName(name: string): boolean {
  const words = wordsOf(name);
  const last = words.at(-1);
  if (last === undefined) return false;
  if (secretWords.has(last) || secretWords.has(`${words.at(-2) ?? ''}${last}`)) return true;
  if (last === 'key') return keyKinds.has(words.at(-2) ?? '');
  return derivedWords.has(last) && words.slice(0, -1).some((word) => secretWords.has(word));
}

const secretWords = new Set([
  'password',
  'passwords',
  'passwd',
  'pwd',
  'pass',
  'passphrase',
  'pin',
  'pins',
  'pincode',
  'token',
  'tokens',
  'secret',
  'secrets',
  'authorization',
  'credential',
  'credentials',
  'cookie',
  'cookies',
  'apikey',
  'privatekey',
]);

/** `apiKey`, `private_key`, `encryptionKey`: key material; a settings row's `key` is a name. */
const keyKinds = new Set(['api', 'private', 'secret', 'signing', 'encryption', 'access', 'session', 'master']);

const derivedWords = new Set(['hash', 'salt', 'digest', 'encrypted', 'ciphertext']);

/** `managerPin` → manager, pin; `x-kassa-token` → x, kassa, token; `PIN_CODE` → pin, code (pincode). */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}
