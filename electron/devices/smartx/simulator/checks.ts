import { lineGross } from '../../../../shared/fiscal/receipt-math';
import { parseMoney, parseQuantity } from '../wire-numbers';

/** A refusal with the register's result code and words. */
export class Refused extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

const maxAmount = 9_999_999_999_999; // 99999999999.99 BYN in kopecks
const minQuantity = 1;
const maxQuantity = 9_999_999;

type Json = Record<string, unknown>;

export function bodyObject(raw: string): Json {
  let parsed: unknown;
  try {
    parsed = raw.trim() === '' ? {} : JSON.parse(raw);
  } catch {
    throw new Refused(413, 'Неверное тело запроса');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Refused(413, 'Неверное тело запроса');
  return parsed as Json;
}

/** A money field: a decimal string or a JSON number, at most two decimals, else 413. Absent is 0. */
export function money(body: Json, field: string): number {
  const value = body[field];
  if (value === undefined || value === null || value === '') return 0;
  if (typeof value !== 'string' && typeof value !== 'number') throw new Refused(413, `Неверное поле ${field}`);
  const kopecks = parseMoney(value);
  if (kopecks === null) throw new Refused(413, `Неверное поле ${field}`);
  if (kopecks < 0) throw new Refused(402, 'Сумма должна быть не меньше 0.01');
  if (kopecks > maxAmount) throw new Refused(414, 'Максимально допустимая сумма 99999999999.99');
  return kopecks;
}

export function cashierOf(body: Json): string {
  const cashier = body.cashier;
  if (typeof cashier !== 'string' || cashier.trim() === '') throw new Refused(435, 'Не передано имя кассира');
  return [...cashier].slice(0, 20).join('');
}

export interface CheckedItem {
  sectionCode: number;
  /** Kopecks after the line's discount. */
  total: number;
  markings: { kind: 'si' | 'ukz'; code: string }[];
}

/** One line with every check of the codes page: 403 price, 415/416 quantity, 404 discount above the line, 413 shape. */
function item(value: unknown, sections: ReadonlyMap<number, number | null>): CheckedItem {
  if (typeof value !== 'object' || value === null) throw new Refused(413, 'Неверная позиция');
  const line = value as Json;
  const rawPrice = line.price;
  if (typeof rawPrice !== 'string' && typeof rawPrice !== 'number') throw new Refused(413, 'Не указана цена');
  const price = parseMoney(rawPrice);
  if (price === null) throw new Refused(413, 'Неверная цена');
  if (price < 0 || price > maxAmount) throw new Refused(403, 'Неверная цена товара');
  const rawAmount = line.amount;
  if (typeof rawAmount !== 'string' && typeof rawAmount !== 'number') throw new Refused(413, 'Не указано количество');
  const quantity = parseQuantity(rawAmount);
  if (quantity === null) throw new Refused(413, 'Неверное количество');
  if (quantity < minQuantity) throw new Refused(415, 'Количество должно быть не меньше 0.001');
  if (quantity > maxQuantity) throw new Refused(416, 'Количество должно быть не больше 9999.999');
  if (line.isPercentDiscount === true || line.isPercentIncrease === true) throw new Refused(413, 'Процентные скидки не поддерживаются учебной кассой');
  const discount = money(line, 'discount');
  const increase = money(line, 'increase');
  const total = lineGross(price, quantity) - discount + increase;
  if (total < 0) throw new Refused(404, 'Отрицательная сумма позиции');
  const section = line.section as Json | undefined;
  const sectionCode = typeof section === 'object' && section !== null ? section.code : undefined;
  if (typeof sectionCode !== 'number' || !sections.has(sectionCode)) throw new Refused(399, `Секция ${String(sectionCode)} не найдена`);
  return { sectionCode, total, markings: markingsOf(line.markings) };
}

/** `markings: [{si}|{ukz}]`, each object with exactly one of the two keys. */
function markingsOf(value: unknown): CheckedItem['markings'] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Refused(413, 'Неверные коды маркировки');
  return value.map((entry: unknown) => {
    const keys = typeof entry === 'object' && entry !== null ? Object.keys(entry) : [];
    const kind = keys[0];
    const code = kind ? (entry as Json)[kind] : undefined;
    if (keys.length !== 1 || (kind !== 'si' && kind !== 'ukz') || typeof code !== 'string' || code === '') throw new Refused(413, 'Неверный код маркировки');
    return { kind, code };
  });
}

export interface CheckedReceipt {
  cashier: string;
  items: CheckedItem[];
  total: number;
  cash: number;
  cashless: number;
  change: number;
}

/**
 * A SALE or MONEY_BACK body in exact kopecks: 404/402/414 on the total, and the payment rules of
 * the terminal server (change from cash only, card never above the total).
 */
export function receipt(body: Json, sections: ReadonlyMap<number, number | null>): CheckedReceipt {
  const cashier = cashierOf(body);
  if (!Array.isArray(body.itemList) || body.itemList.length === 0) throw new Refused(413, 'Пустой список товаров');
  const items = body.itemList.map((line: unknown) => item(line, sections));
  const subtotal = items.reduce((sum, line) => sum + line.total, 0);
  if (body.isPercentDiscount === true || body.isPercentIncrease === true) throw new Refused(413, 'Процентные скидки не поддерживаются учебной кассой');
  const total = subtotal - money(body, 'chequeDiscount') + money(body, 'chequeIncrease');
  if (total < 0) throw new Refused(404, 'Отрицательная сумма чека');
  if (total < 1) throw new Refused(402, 'Сумма должна быть не меньше 0.01');
  if (total > maxAmount) throw new Refused(414, 'Максимально допустимая сумма 99999999999.99');
  const cash = money(body, 'cash');
  const cashless = money(body, 'cashless');
  for (const other of ['certificate', 'oplati', 'other']) if (money(body, other) > 0) throw new Refused(399, `Учебная касса не принимает ${other}`);
  if (cashless > total) throw new Refused(399, 'Безналичная оплата больше суммы чека');
  if (cash + cashless < total) throw new Refused(399, 'Недостаточно средств для оплаты');
  return { cashier, items, total, cash, cashless, change: cash + cashless - total };
}
