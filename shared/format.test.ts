import { describe, expect, it } from 'vitest';
import { formatDateTime, formatLocalDate } from './date';
import { formatMoney, formatMoneyBrief } from './money';
import { formatPercent } from './percent';

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

describe('formatMoneyBrief, for chart axes', () => {
  it.each([
    ['az', 'AZN', 2500, '25 ₼'],
    ['az', 'AZN', 2550, '25,50 ₼'],
    ['en', 'AZN', 30, '₼0.30'],
    ['uk', 'UAH', 123400, '1 234 ₴'],
    ['ru', 'AZN', -1000, '-10 ₼'],
  ] as const)('%s %s %i → %s', (locale, currency, minor, expected) => {
    expect(plain(formatMoneyBrief(minor, currency, locale))).toBe(expected);
  });
});

describe('formatLocalDate', () => {
  it.each([
    ['az', '04.05.2026'],
    ['uk', '04.05.2026'],
    ['ru', '04.05.2026'],
    ['en', '04/05/2026'],
  ] as const)('%s → %s, the same day in any time zone', (locale, expected) => {
    expect(formatLocalDate('2026-05-04', locale)).toBe(expected);
  });
});

describe('formatPercent', () => {
  it.each([
    ['az', 45, 100, '45 %'],
    ['en', 1, 3, '33%'],
    ['ru', 2, 3, '67 %'],
    ['uk', 5, 0, '0%'],
    ['az', 1485, 365912, '0,4 %'],
    ['en', 99, 10000, '1.0%'],
    ['en', 1, 100, '1%'],
  ] as const)('%s %i of %i → %s', (locale, part, whole, expected) => {
    expect(plain(formatPercent(part, whole, locale))).toBe(expected);
  });
});
