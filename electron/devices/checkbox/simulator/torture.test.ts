import { describe, expect, it } from 'vitest';
import { resentWithoutLookup } from './torture';

const id = '0b7c2d4e-8f1a-4b3c-9d5e-6f7a8b9c0d1e';
const post = { method: 'POST', path: '/api/v1/receipts/sell', id, body: '{}' };
const get = { method: 'GET', path: `/api/v1/receipts/${id}`, id, body: '' };

describe('the Checkbox torture’s watch on the recovery rule', () => {
  it('accepts a re-send after a lookup, and names one without', () => {
    expect(resentWithoutLookup([post, get, post, get])).toEqual([]);
    expect(resentWithoutLookup([post, get, post, post])).toEqual([`receipt ${id} sent again without a lookup`]);
  });
});
