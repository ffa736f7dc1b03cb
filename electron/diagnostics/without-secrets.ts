import { scrubText } from '../app/log-redaction';
import { isSecretName } from '../app/secret-names';

/**
 * A copy of `value` without the fields whose name says they hold a secret, at any depth, and
 * with URL credentials, tokens and `password=…` cut out of its texts: the safety net under
 * every file of a diagnostics export, whatever a later table or setting adds.
 */
export function withoutSecrets(value: unknown): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([name]) => !isSecretName(name))
        .map(([name, field]) => [name, withoutSecrets(field)]),
    );
  }
  return value;
}
