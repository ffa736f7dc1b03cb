import { describe, expect, it } from 'vitest';
import { smartxCashierExplanation, smartxErrorKeys } from '../../../shared/devices/smartx/error-keys';
import { createI18n } from '../../../shared/i18n/create-i18n';
import { locales } from '../../../shared/locale';
import type { Reply } from './client';
import { documentOutcome, lookupOutcome } from './outcome';
import { resultCodeTexts, resultGroup } from './result-codes';

const answered = (json: unknown, status = 200): Reply => ({ kind: 'answered', status, json, raw: JSON.stringify(json) });
const sale = { resultCode: 200, messageTitle: 'Успех', messageDetail: 'Успешная оплата', type: 'SALE', numberCheck: '17', uid: '461F60C220B2010407CF1091', total: '7.97', change: '7.03', isPrintSuccess: true };

describe('the SmartX result codes (checks 4-6 of the codes page)', () => {
  it('explains every cashier-facing code in az, uk, ru and en', () => {
    expect(Object.keys(smartxErrorKeys).map(Number)).toEqual([399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 414, 415, 416, 418, 435]);
    expect(smartxCashierExplanation('413')).toBeNull();
    expect(smartxCashierExplanation('431')).toBeNull();
    for (const locale of locales) {
      const { t } = createI18n(locale);
      for (const [code, keys] of Object.entries(smartxErrorKeys)) {
        expect(resultCodeTexts[Number(code)], code).toBeDefined();
        for (const key of [keys.explanation, keys.action]) {
          expect(t(key), `${locale} ${key}`).not.toBe(key);
          expect(t(key).length, `${locale} ${key}`).toBeLessThan(130);
        }
      }
    }
  });

  it('groups codes by who can act', () => {
    expect([401, 405, 400, 412, 410, 407, 409, 413, 418, 430].map(resultGroup)).toEqual(['auth', 'auth', 'shift', 'shift', 'needsCashier', 'device', 'device', 'request', 'request', 'general']);
  });
});

describe('reading a document\'s answer', () => {
  it('takes the fiscal UID as the document id and the total in kopecks', () => {
    expect(documentOutcome(answered(sale), false)).toMatchObject({ kind: 'done', value: { documentId: sale.uid, documentNumber: 17, total: 797 } });
    expect(documentOutcome(answered({ ...sale, total: 7.97 }), false)).toMatchObject({ kind: 'done', value: { total: 797 } });
  });

  it('calls a refusal a refusal whatever the HTTP status, keeping the register\'s words', () => {
    const refusal = { resultCode: 400, messageTitle: 'Ошибка', messageDetail: 'Необходимо открыть смену', type: 'SALE' };
    for (const status of [200, 400, 500]) {
      expect(documentOutcome(answered(refusal, status), false)).toMatchObject({ kind: 'rejected', refusal: { system: 'smartx', code: '400', deviceText: 'Необходимо открыть смену' } });
    }
    expect(documentOutcome(answered({ resultCode: '431', type: 'SALE' }), false)).toMatchObject({ kind: 'rejected', refusal: { code: '431', deviceText: 'resultCode 431', cashier: null } });
  });

  it('calls every unreadable or incomplete answer unknown, never rejected', () => {
    for (const json of [null, [], 'ok', { resultCode: 'two hundred' }, { ...sale, uid: '' }, { ...sale, numberCheck: 'x' }, { messageDetail: 'no code' }]) {
      expect(documentOutcome(answered(json), false).kind, JSON.stringify(json)).toBe('unknown');
    }
    expect(documentOutcome({ kind: 'unreadable', reason: 'connection_dropped', sent: true, detail: 'cut' }, false)).toMatchObject({ kind: 'unknown', sent: true });
  });

  it('leaves a card sale answered 399 or 410 unknown for the cashier to finish on the register', () => {
    for (const code of [399, 410]) {
      expect(documentOutcome(answered({ resultCode: code, type: 'SALE' }), true)).toMatchObject({ kind: 'unknown', reason: 'needs_cashier' });
      expect(documentOutcome(answered({ resultCode: code, type: 'SALE' }), false)).toMatchObject({ kind: 'rejected' });
    }
  });
});

describe('reading OPERATION_ID', () => {
  const id = '7d7b1f8e-2b0c-4d3e-9f7a-0c1d2e3f4a5b';
  const found = { operationId: id, uid: sale.uid, uuid: 'bb074ac8-0000-4000-8000-000000000000', header: { cashier: 'Анна', chequeNumber: 17, date: '2022-01-22T12:00:00+03:00', currency: 'BYN' }, total: '7.97', payments: ['Cash'], operationType: 'Sale', isSucceed: true };

  it('settles a succeeded operation as done before, with what the register holds', () => {
    expect(lookupOutcome(answered(found), id, [399])).toEqual({ kind: 'found', outcome: { kind: 'done', duplicate: true, value: { documentId: sale.uid, documentNumber: 17, total: 797 }, raw: JSON.stringify(found) } });
  });

  it('says not found only for a definite "never seen"', () => {
    expect(lookupOutcome(answered({ operationId: id, uid: '', isSucceed: false }), id, [399])).toEqual({ kind: 'notFound' });
    expect(lookupOutcome(answered({ resultCode: 399, messageDetail: 'Операция не найдена' }), id, [399])).toEqual({ kind: 'notFound' });
  });

  it('fails, so nothing is sent again, on anything else', () => {
    const failed = [
      answered({ ...found, isSucceed: false }),
      answered({ ...found, operationId: 'another' }),
      answered({ ...found, uid: '' }),
      answered({ resultCode: 409, messageDetail: 'Касса заблокирована' }),
      answered({ resultCode: 399 }, 500),
      answered('garbage'),
      { kind: 'unreadable', reason: 'answer_timeout', sent: true, detail: 'slow' } as const,
    ];
    expect(lookupOutcome(failed[4]!, id, [])).toMatchObject({ kind: 'failed' });
    for (const reply of failed.filter((_, index) => index !== 4)) expect(lookupOutcome(reply, id, [399]).kind, JSON.stringify(reply)).toBe('failed');
  });
});
