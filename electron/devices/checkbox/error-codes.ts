/**
 * Every refusal the document and the field notes name (drivers/checkbox.md §5), by the driver's
 * key. Checkbox has no numeric business codes: a refusal is an HTTP status and a Ukrainian (or
 * English) message, told apart by the message normalised (lowercase, quotes stripped, numbers
 * as #). `text` is the service's wording as the seed gives it; the training server answers it.
 */
export type RefusalGroup = 'business' | 'auth' | 'offline' | 'integration' | 'validation' | 'other';

export interface KnownRefusal {
  status: number;
  text: string;
  group: RefusalGroup;
}

export const checkboxRefusals = {
  shift_not_open: { status: 400, text: 'Зміну не відкрито', group: 'business' },
  register_busy: { status: 400, text: 'Каса зайнята іншим касиром', group: 'business' },
  cashier_busy: { status: 400, text: 'Касир вже працює з даною касою', group: 'business' },
  duplicate_id: { status: 400, text: 'Вказаний id чеку вже існує', group: 'business' },
  underpaid: { status: 400, text: 'Сума платежів не може бути меньшою ніж сума чеку', group: 'business' },
  return_sum_mismatch: { status: 400, text: 'Сума платежів повинна дорівнювати сумі чеку повернення (0)', group: 'business' },
  not_enough_cash: { status: 400, text: 'Неможливо виконати операцію, оскільки в касі недостатньо коштів (0 > 0)', group: 'business' },
  chain_mismatch: { status: 400, text: 'id попереднього чеку відрізняється від останнього збереженого чеку', group: 'business' },
  not_manual_offline: { status: 400, text: 'Cash register should be in manual offline mode!', group: 'offline' },
  offline_code_used: { status: 400, text: "[offline_mode_exception#error] Offline code '0' was used before!", group: 'offline' },
  already_offline: { status: 400, text: 'Каса вже в режимі оффлайн', group: 'offline' },
  signer_down: { status: 400, text: 'CheckBox Підпис неактивний, запустіть його, будь ласка', group: 'business' },
  unknown_order: { status: 400, text: 'Вказано невідомий ідентифікатор замовлення', group: 'business' },
  auth_token: { status: 401, text: 'Невірний токен доступу', group: 'auth' },
  auth_license: { status: 401, text: 'Невірний ключ ліцензії каси', group: 'auth' },
  auth_pin: { status: 403, text: 'Невірний пінкод', group: 'auth' },
  auth_password: { status: 403, text: 'Невірний логін або пароль', group: 'auth' },
  auth_deactivated: { status: 403, text: 'Доступ заборонено, оскільки касира деактивовано', group: 'auth' },
  auth_missing: { status: 403, text: 'Not authenticated', group: 'auth' },
  auth_access_key: { status: 403, text: 'Невірний ключ доступу', group: 'auth' },
  foreign_integration: { status: 409, text: 'Зміну відкрито за допомогою CheckBox Kasa, продовжіть роботу в ній', group: 'integration' },
} as const satisfies Record<string, KnownRefusal>;

export type RefusalKey = keyof typeof checkboxRefusals;

/** The service's words for `key` with its numbers filled in, as the training server answers. */
export function refusalText(key: RefusalKey, ...numbers: (number | string)[]): string {
  let index = 0;
  return checkboxRefusals[key].text.replace(/'0'|\b0\b/g, (match) => {
    const value = numbers[index++];
    if (value === undefined) return match;
    return match.startsWith("'") ? `'${value}'` : String(value);
  });
}

/** The message as it is compared: lowercase, trimmed, quotes stripped, every number as #, and only as far as its stable part. */
export function normalisedMessage(message: string): string {
  return message
    .toLowerCase()
    .replace(/["'«»“”‘’`]/g, '')
    .replace(/\d+/g, '#')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Stable prefixes: the part of each text before anything the service fills in. */
const byPrefix: [string, RefusalKey][] = (Object.entries(checkboxRefusals) as [RefusalKey, KnownRefusal][]).map(([key, known]) => [normalisedMessage(known.text).split(/[(#]/)[0]!.trim(), key]);

/** The key of a message, or undefined for a text the document does not name. */
export function refusalKeyOf(message: string): RefusalKey | undefined {
  const normal = normalisedMessage(message);
  return byPrefix.find(([prefix]) => prefix.length > 0 && normal.startsWith(prefix))?.[1];
}
