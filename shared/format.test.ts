import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './date';
import { formatMoney } from './money';

// Intl output uses no-break spaces; compare with plain ones.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it.each([
    ['az', 'AZN', 123450, '1.234,50 ₼'],
    ['uk', 'UAH', 123450, '1 234,50 ₴'],
    ['ru', 'AZN', 5, '0,05 ₼'],
    ['en', 'AZN', -1999, '-₼19.99'],
    ['ru', 'BYN', 100, '1,00 р.'],
  ] as const)('%s %s %i → %s', (locale, currency, minor, expected) => {
    expect(plain(formatMoney(minor, currency, locale))).toBe(expected);
  });
});

describe('formatDateTime', () => {
  const date = new Date(2026, 10, 3, 9, 5);
  it.each([
    ['az', '03.11.2026, 09:05'],
    ['uk', '03.11.2026, 09:05'],
    ['ru', '03.11.2026, 09:05'],
    ['en', '03/11/2026, 09:05'],
  ] as const)('%s → %s', (locale, expected) => {
    expect(plain(formatDateTime(date, locale))).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['az', '03.11.2026'],
    ['uk', '03.11.2026'],
    ['ru', '03.11.2026'],
    ['en', '03/11/2026'],
  ] as const)('%s → %s', (locale, expected) => {
    expect(formatDate(new Date(2026, 10, 3, 9, 5), locale)).toBe(expected);
  });
});
