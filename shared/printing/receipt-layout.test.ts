import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleReceipt } from './testing/sample-receipt';
import { amountText, receiptLines, wrap } from './receipt-layout';

const name = fc.string({ unit: fc.constantFrom(...'Хліб білий ґїєі 2,5% 1234567890АБВГҐДЕЄЖЗИІЇЙ'.split('')), maxLength: 120 });

describe('the receipt layout', () => {
  it('keeps every line within the paper width, whatever the goods are called (32 and 48 columns)', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 6 }), fc.constantFrom(32, 48), (names, width) => {
        const receipt = sampleReceipt({ lines: names.map((n, i) => ({ name: n, quantity: 1_500 * (i + 1), price: 99_999, sum: 149_999 * (i + 1) })) });
        for (const line of receiptLines(receipt, width)) expect([...line].length).toBeLessThanOrEqual(width);
      }),
    );
  });

  it('loses no word when it wraps', () => {
    fc.assert(
      fc.property(name, fc.constantFrom(32, 48), (text, width) => {
        expect(wrap(text, width).join(' ').split(/\s+/).join('')).toBe(text.split(/\s+/).join(''));
      }),
    );
  });

  it('prints the service text as it is, and adds the fiscal code where the text leaves it out', () => {
    const text = ['ФН ПРРО 4000000001', 'СУМА                       93.99'];
    expect(receiptLines(sampleReceipt({ serviceText: text }), 32)).toEqual([...text, 'ФН чека              TEST-Xd-V3m']);
    expect(receiptLines(sampleReceipt({ serviceText: [...text, 'ФН чека TEST-Xd-V3m'] }), 32)).toEqual([...text, 'ФН чека TEST-Xd-V3m']);
  });

  it('marks a copy above and below in the paper’s language, on the service text as on our own layout', () => {
    const marks = { uk: 'КОПІЯ', ru: 'КОПИЯ', az: 'SURƏT', en: 'COPY' } as const;
    for (const [locale, word] of Object.entries(marks) as [keyof typeof marks, string][]) {
      for (const serviceText of [undefined, ['ФН ПРРО 4000000001']]) {
        const lines = receiptLines(sampleReceipt({ locale, copy: true, ...(serviceText ? { serviceText } : {}) }), 32);
        expect([lines[0]!.trim(), lines.at(-1)!.trim()]).toEqual([`*** ${word} ***`, `*** ${word} ***`]);
      }
      expect(receiptLines(sampleReceipt({ locale }), 32).join('\n')).not.toContain(word);
    }
  });

  it('writes minor units as the receipt does, signs kept', () => {
    expect([amountText(9_399, 100), amountText(-5, 100), amountText(0, 100), amountText(100_000_000, 100)]).toEqual(['93.99', '-0.05', '0.00', '1000000.00']);
  });
});
