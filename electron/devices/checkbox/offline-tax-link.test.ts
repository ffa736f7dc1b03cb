import { describe, expect, it } from 'vitest';
import { offlineTaxUrl } from './offline-tax-link';

describe('the tax QR link of an offline receipt', () => {
  it('writes the seed’s date and time on Kyiv’s clock (summer UTC+3, winter UTC+2), the register and the sum', () => {
    // The seed's offline receipt: fiscal_date 06:39:19 UTC on 3 July 2022 is 09:39:19 in Kyiv.
    expect(offlineTaxUrl({ fiscalCode: 'TEST-Xd-V3m', fiscalNumber: 'TEST074280', at: '2022-07-03T06:39:19.497000+00:00', sum: 554 })).toBe(
      'https://cabinet.tax.gov.ua/cashregs/check?id=TEST-Xd-V3m&date=20220703&time=09%3A39%3A19&fn=TEST074280&sm=5.54',
    );
    expect(offlineTaxUrl({ fiscalCode: 'A1', fiscalNumber: '4000000001', at: '2026-12-31T22:30:00Z', sum: 100_005 })).toBe('https://cabinet.tax.gov.ua/cashregs/check?id=A1&date=20270101&time=00%3A30%3A00&fn=4000000001&sm=1000.05');
  });

  it('takes another base where the address changes, and gives no link for a date it cannot read', () => {
    expect(offlineTaxUrl({ fiscalCode: 'A1', fiscalNumber: 'F', at: '2026-06-01T00:00:00Z', sum: 1 }, 'http://127.0.0.1:9/check')).toMatch(/^http:\/\/127\.0\.0\.1:9\/check\?id=A1&date=20260601&time=03%3A00%3A00&fn=F&sm=0\.01$/);
    expect(offlineTaxUrl({ fiscalCode: 'A1', fiscalNumber: 'F', at: 'yesterday', sum: 1 })).toBeUndefined();
  });
});
