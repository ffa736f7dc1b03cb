import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkboxCashierExplanation, checkboxErrorKeys } from '../../../shared/devices/checkbox/error-keys';
import { checkboxErrorsAz } from '../../../shared/devices/checkbox/locales/errors.az';
import { checkboxErrorsEn } from '../../../shared/devices/checkbox/locales/errors.en';
import { checkboxErrorsRu } from '../../../shared/devices/checkbox/locales/errors.ru';
import { checkboxErrorsUk } from '../../../shared/devices/checkbox/locales/errors.uk';
import { checkboxRefusals, normalisedMessage, refusalKeyOf, refusalText, type RefusalKey } from './error-codes';
import { classify } from './errors';
import type { TransportResult } from '../http-transport';

const answer = (status: number, body: string): TransportResult => ({ ok: true, status, body });
const message = (status: number, text: string) => classify(answer(status, JSON.stringify({ message: text })), z.unknown());

describe('Checkbox refusals: by status, then by the normalised message (drivers/checkbox.md §5)', () => {
  it('classifies every message of the table to its key, numbers and quotes filled in', () => {
    for (const [key, known] of Object.entries(checkboxRefusals) as [RefusalKey, (typeof checkboxRefusals)[RefusalKey]][]) {
      const text = refusalText(key, 1234, 56);
      expect(refusalKeyOf(text), text).toBe(key);
      const code = key === 'cashier_busy' ? 'register_busy' : key;
      expect(message(known.status, text), text).toMatchObject({ kind: 'refused', status: known.status, code, group: known.group });
    }
  });

  it('matches messages however the service spells their numbers, case and quotes', () => {
    expect(normalisedMessage('  Сума платежів повинна дорівнювати сумі чеку повернення (1520) ')).toBe('сума платежів повинна дорівнювати сумі чеку повернення (#)');
    expect(refusalKeyOf('Неможливо виконати операцію, оскільки в касі недостатньо коштів (50000 > 1200)')).toBe('not_enough_cash');
    expect(refusalKeyOf("[offline_mode_exception#error] Offline code 'ABC123' was used before!")).toBe('offline_code_used');
    expect(refusalKeyOf('ЗМІНУ НЕ ВІДКРИТО')).toBe('shift_not_open');
  });

  it('keeps an unknown 4xx text as refused_other (or not_found) with the service’s words', () => {
    expect(message(400, 'Щось нове')).toMatchObject({ kind: 'refused', code: 'refused_other', text: 'Щось нове' });
    expect(message(404, 'Чек не знайдено')).toMatchObject({ kind: 'refused', code: 'not_found' });
  });

  it('reads a 422 as a validation refusal with its details', () => {
    expect(classify(answer(422, JSON.stringify({ detail: [{ loc: ['body', 'goods'], msg: 'field required', type: 'value_error.missing' }] })), z.unknown())).toMatchObject({ kind: 'refused', code: 'validation', text: 'field required' });
  });

  it('calls 5xx, 408, 429, maintenance, timeouts, empty, garbled and unexplained answers unknown, never refused', () => {
    expect(classify(answer(500, '<html>500</html>'), z.unknown())).toMatchObject({ kind: 'unknown', reason: 'http_status' });
    expect(classify(answer(503, '{"message":"Maintenance work till 2026-12-08"}'), z.unknown())).toMatchObject({ kind: 'unknown', reason: 'maintenance' });
    expect(classify(answer(408, ''), z.unknown())).toMatchObject({ kind: 'unknown' });
    expect(classify(answer(429, '{"message":"Too many requests"}'), z.unknown())).toMatchObject({ kind: 'unknown' });
    expect(classify(answer(201, ''), z.unknown())).toMatchObject({ kind: 'unknown', reason: 'empty_body' });
    expect(classify(answer(201, '{"id": "5b7d'), z.unknown())).toMatchObject({ kind: 'unknown', reason: 'not_json' });
    expect(classify(answer(201, 'null'), z.object({ id: z.string() }))).toMatchObject({ kind: 'unknown', reason: 'invalid_answer' });
    expect(classify(answer(400, '<html>Bad Request</html>'), z.unknown())).toMatchObject({ kind: 'unknown', reason: 'invalid_answer' });
    expect(classify({ ok: false, failure: 'answer_timeout', sent: true, detail: 'no answer' }, z.unknown())).toMatchObject({ kind: 'unknown', sent: true });
  });

  it('explains every cashier-facing key in uk, ru, az and en, and nothing else', () => {
    for (const key of Object.keys(checkboxErrorKeys)) {
      for (const texts of [checkboxErrorsEn, checkboxErrorsUk, checkboxErrorsRu, checkboxErrorsAz]) {
        const entry = (texts as Record<string, { explanation: string; action: string }>)[key];
        expect(entry?.explanation, key).toBeTruthy();
        expect(entry?.action, key).toBeTruthy();
      }
      expect(checkboxCashierExplanation(key)).toEqual({ explanation: `checkbox.errors.${key}.explanation`, action: `checkbox.errors.${key}.action` });
    }
    expect(checkboxCashierExplanation('validation')).toBeNull();
    expect(checkboxCashierExplanation('toString')).toBeNull();
  });
});
