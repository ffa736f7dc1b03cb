import { describe, expect, it } from 'vitest';
import { interpretAnswer } from './interpret-answer';
import { readDocument, readShiftStatus } from './results';

const answer = (body: string, status = 200) => ({ ok: true as const, status, body });
const document = { document_id: 'EMnVW3qyEbUSsJ4xTJbMytDStusgXMDauaCQxdJE1wuM', document_number: 7045, shift_document_number: 2, short_document_id: 'EMnVW3qyEbUS', totalSum: 0.03 };

describe('interpretAnswer', () => {
  it.each([
    ['code as a string', { code: '0', message: 'Successful operation', data: document }],
    ['code as a number', { code: 0, message: '', data: document }],
    ['no code, "Success operation"', { message: 'Success operation', data: document }],
    ['no code, "Successoperation"', { message: 'Successoperation', data: document }],
    ['no code, "Successful operation"', { message: 'Successful operation', data: document }],
    ['camelCase data', { code: '0', data: { documentId: document.document_id, documentNumber: '7045', shortDocumentId: 'EMnVW3qyEbUS' } }],
  ])('reads success from %s', (_name, body) => {
    expect(interpretAnswer(answer(JSON.stringify(body)), readDocument)).toMatchObject({
      kind: 'done',
      duplicate: false,
      value: { documentId: document.document_id, documentNumber: 7045 },
    });
  });

  it('reads getShiftStatus in either spelling', () => {
    for (const data of [{ shift_open: true, shift_open_time: '11.06.2021 12:07:16' }, { shiftOpen: 'true', shiftOpenTime: '11.06.2021 12:07:16' }]) {
      expect(interpretAnswer(answer(JSON.stringify({ code: '0', data })), readShiftStatus)).toMatchObject({
        kind: 'done',
        value: { open: true, openedAt: '2021-06-11T08:07:16.000Z' },
      });
    }
  });

  it('takes code 1 as done before, with the earlier result when it comes, and without it when not', () => {
    expect(interpretAnswer(answer(JSON.stringify({ code: '1', message: 'Repeated DocumentUUID value', data: document })), readDocument)).toMatchObject({
      kind: 'done',
      duplicate: true,
      value: { documentId: document.document_id },
    });
    expect(interpretAnswer(answer('{"code":1,"message":"Repeated DocumentUUID value"}'), readDocument)).toMatchObject({ kind: 'done', duplicate: true, value: null });
  });

  it('takes 1205 (created, item names not handled) as done', () => {
    expect(interpretAnswer(answer(JSON.stringify({ code: 1205, data: document })), readDocument)).toMatchObject({ kind: 'done' });
  });

  it('reads a refusal with the device’s code and words, or the code found from its words', () => {
    expect(interpretAnswer(answer('{"code":"504","message":"document: invalid shift duration"}'), readDocument)).toMatchObject({
      kind: 'rejected',
      error: { code: 504, deviceText: 'document: invalid shift duration', group: 'shift', cashierFacing: true },
    });
    expect(interpretAnswer(answer('{"message":"invalid items sum"}'), readDocument)).toMatchObject({ kind: 'rejected', error: { code: 611 } });
    expect(interpretAnswer(answer('{"code":"701"}'), readDocument)).toMatchObject({
      kind: 'rejected',
      error: { code: 701, deviceText: 'generate csr failed', group: 'certificate', cashierFacing: false },
    });
  });

  it.each([
    ['an empty body', answer(''), 'empty_body'],
    ['whitespace', answer('  \n'), 'empty_body'],
    ['a body that is not JSON', answer('<html>busy</html>'), 'not_json'],
    ['JSON that is not an answer', answer('[1,2]'), 'invalid_answer'],
    ['a code that is not a number', answer('{"code":"ok"}'), 'invalid_answer'],
    ['no code and an unknown message', answer('{"message":"hmm"}'), 'invalid_answer'],
    ['success without the document’s id', answer('{"code":"0","data":{"document_number":1}}'), 'invalid_answer'],
    ['success with no data at all', answer('{"code":"0","message":"Successful operation"}'), 'invalid_answer'],
    ['HTTP 500 with an HTML page', answer('<h1>500</h1>', 500), 'http_status'],
    ['HTTP 502 with nothing', answer('', 502), 'http_status'],
  ])('takes %s as unknown, never as rejected', (_name, result, reason) => {
    expect(interpretAnswer(result, readDocument)).toMatchObject({ kind: 'unknown', reason, sent: true });
  });

  it('passes transport failures on with whether anything was sent', () => {
    expect(interpretAnswer({ ok: false, failure: 'connect_failed', sent: false, detail: 'ECONNREFUSED' }, readDocument)).toEqual({
      kind: 'unknown',
      reason: 'connect_failed',
      sent: false,
      detail: 'ECONNREFUSED',
    });
  });
});
