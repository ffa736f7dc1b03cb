import { describe, expect, it } from 'vitest';
import { encodeData, formBody, signData } from './signature';

const merchantId = '9662a13f5b4f46dbb1751bbbf86ed402';

/** Spec §10 check 1: the two worked examples of the field notes (§2), byte for byte. */
describe('acceptance check 1: the SmartOne signature', () => {
  it('example A (the official document, Cyrillic) reproduces from the UTF-8 bytes', () => {
    const json =
      '{"docNumber":  "123","employeeName": "Иванов","amount":  15000,"currency": "AZN",\n "items": [{"itemId": "1111", "itemName": "Семечки", "itemQRCode": "", "itemQty": 2000,\n "itemAmount": 15000,"discount": 0,"itemTaxes": [{"taxName": "НДС","taxPrc": 1800}]}],\n "payments" : {"cashAmount": 15000,"cashlessAmount": 0,"otherAmount": 0}}';
    const data = encodeData(json);
    expect(data).toBe(
      'eyJkb2NOdW1iZXIiOiAgIjEyMyIsImVtcGxveWVlTmFtZSI6ICLQmNCy0LDQvdC+0LIiLCJhbW91bnQiOiAgMTUwMDAsImN1cnJlbmN5IjogIkFaTiIsCiAiaXRlbXMiOiBbeyJpdGVtSWQiOiAiMTExMSIsICJpdGVtTmFtZSI6ICLQodC10LzQtdGH0LrQuCIsICJpdGVtUVJDb2RlIjogIiIsICJpdGVtUXR5IjogMjAwMCwKICJpdGVtQW1vdW50IjogMTUwMDAsImRpc2NvdW50IjogMCwiaXRlbVRheGVzIjogW3sidGF4TmFtZSI6ICLQndCU0KEiLCJ0YXhQcmMiOiAxODAwfV19XSwKICJwYXltZW50cyIgOiB7ImNhc2hBbW91bnQiOiAxNTAwMCwiY2FzaGxlc3NBbW91bnQiOiAwLCJvdGhlckFtb3VudCI6IDB9fQ==',
    );
    expect(signData(data, merchantId)).toBe('ZmNlOTU1MjlkNzI0NjYxOTE2ODNlMDJiMTdhOGIxMjA0YzE2NWE0OQ==');
  });

  it('example B (a sale in the new style) reproduces', () => {
    const json =
      '{"documentExtID":"POS1-000123","employeeName":"Cashier","amount":15000,"currency":"AZN","items":[{"itemId":"1111","itemName":"Water","itemQty":2000,"itemAmount":15000,"discount":0,"itemTaxes":[{"taxName":"VAT","taxPrc":1800}]}],"payments":{"cashAmount":15000,"cashlessAmount":0}}';
    const data = encodeData(json);
    expect(data).toBe(
      'eyJkb2N1bWVudEV4dElEIjoiUE9TMS0wMDAxMjMiLCJlbXBsb3llZU5hbWUiOiJDYXNoaWVyIiwiYW1vdW50IjoxNTAwMCwiY3VycmVuY3kiOiJBWk4iLCJpdGVtcyI6W3siaXRlbUlkIjoiMTExMSIsIml0ZW1OYW1lIjoiV2F0ZXIiLCJpdGVtUXR5IjoyMDAwLCJpdGVtQW1vdW50IjoxNTAwMCwiZGlzY291bnQiOjAsIml0ZW1UYXhlcyI6W3sidGF4TmFtZSI6IlZBVCIsInRheFByYyI6MTgwMH1dfV0sInBheW1lbnRzIjp7ImNhc2hBbW91bnQiOjE1MDAwLCJjYXNobGVzc0Ftb3VudCI6MH19',
    );
    expect(signData(data, merchantId)).toBe('MjVjMzllZjc0MDZjZGEwYWEwYzY5MjYxNGQyYjQ0MjdhMzIzYTY3OA==');
  });

  it('Azerbaijani letters round-trip through the UTF-8 bytes', () => {
    const json = '{"employeeName":"Aysel Məmmədova","itemName":"Çörək ağ, şəkər"}';
    expect(Buffer.from(encodeData(json), 'base64').toString('utf8')).toBe(json);
  });
});

describe('acceptance check 2: the wire body escapes = only', () => {
  it('sends = as %3D in data and sign, + and / raw', () => {
    // Its Base64 is eyJuIjoi0KHQtdC80LXRh9C60Lg/Pz4ifQ== and "Иванов" gives 0LDQvdC+0LIi: a /, a + and padding.
    const body = formBody('{"n":"Семечки??>","employeeName":"Иванов"}', merchantId);
    const [data, sign] = body.split('&');
    expect(data).toMatch(/^data=[A-Za-z0-9+/]+(%3D)*$/);
    expect(data).toContain('+');
    expect(data).toContain('/');
    expect(sign).toMatch(/^sign=[A-Za-z0-9+/]{54}%3D%3D$/);
    expect(body).not.toContain('%2B');
  });
});
