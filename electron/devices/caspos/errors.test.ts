import { describe, expect, it } from 'vitest';
import { casposErrorKeys } from '../../../shared/devices/caspos/error-keys';
import { createI18n } from '../../../shared/i18n/create-i18n';
import { locales } from '../../../shared/locale';
import { casposErrorGroup, casposErrorTexts } from './error-codes';
import { casposError, codeFromMessage, isSuccessMessage } from './errors';

/** The ranges of the document's error tables; every code in them must be known by its text. */
const documentRanges: [number, number, number][] = [
  [401, 408, 7],
  [501, 505, 5],
  [601, 660, 60],
  [701, 722, 22],
  [801, 802, 2],
  [900, 930, 31],
  [1000, 1023, 24],
  [1101, 1121, 21],
  [1200, 1210, 11],
  [1301, 1305, 5],
];

describe('the Caspos error catalogue', () => {
  it.each(documentRanges)('knows every code from %i to %i (%i codes)', (from, to, count) => {
    const codes = Object.keys(casposErrorTexts).map(Number).filter((c) => c >= from && c <= to);
    expect(codes).toHaveLength(count);
  });

  it('holds the document’s codes, 1 and 65500 among them, and not 0', () => {
    expect(Object.keys(casposErrorTexts)).toHaveLength(313);
    expect(casposErrorTexts[1]).toBe('Repeated DocumentUUID value');
    expect(casposErrorTexts[65500]).toBe('unknown error');
    expect(casposErrorTexts[0]).toBeUndefined();
  });

  it('groups codes by what the cashier or manager can do about them', () => {
    expect([1, 405, 503, 504, 607, 706, 1110, 1002, 65500].map(casposErrorGroup)).toEqual([
      'duplicate', 'session', 'shift', 'shift', 'document', 'certificate', 'hardware', 'protocol', 'unknown',
    ]);
  });

  it('explains every cashier-facing code in az, uk, ru and en', () => {
    expect(Object.keys(casposErrorKeys).map(Number)).toEqual([401, 403, 404, 405, 503, 504, 604, 607, 610, 611, 613, 614, 616, 622, 627, 628, 629, 638, 639, 646, 648]);
    for (const locale of locales) {
      const t = createI18n(locale).t;
      for (const [code, keys] of Object.entries(casposErrorKeys)) {
        expect(casposErrorTexts[Number(code)], code).toBeDefined();
        for (const key of [keys.explanation, keys.action]) {
          const text = t(key);
          expect(text, `${locale} ${key}`).not.toBe(key);
          expect(text.length, `${locale} ${key}`).toBeLessThan(130);
        }
      }
    }
  });

  it('finds a code from the device’s words when the code is missing', () => {
    expect(codeFromMessage('document: invalid shift duration')).toBe(504);
    expect(codeFromMessage('  Invalid Total Sum ')).toBe(607);
    expect(codeFromMessage('Növbə artıq açıqdır')).toBeUndefined();
  });

  it('tells the success messages real devices send', () => {
    expect(['Success operation', 'Successful operation', 'Successoperation', 'successful  operation'].every(isSuccessMessage)).toBe(true);
    expect(['', 'Success', 'operation', undefined, null].some(isSuccessMessage)).toBe(false);
  });

  it('keeps the device’s own words over the document’s', () => {
    expect(casposError(503, 'Növbə artıq açıqdır')).toEqual({ code: 503, deviceText: 'Növbə artıq açıqdır', group: 'shift', cashierFacing: true });
    expect(casposError(4242).deviceText).toBe('error 4242');
  });
});
