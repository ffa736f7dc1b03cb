import { describe, expect, it } from 'vitest';
import { createI18n } from '../../shared/i18n/create-i18n';
import type { Locale } from '../../shared/locale';
import { auditWords } from './audit-words';

const format = (locale: Locale) => ({ t: createI18n(locale).t, locale, currency: 'AZN' as const });

describe('the audit log in words', () => {
  const cashOut = { channel: 'document.submit', kind: 'withdraw', reason: 'Bank', uuid: '3f0c6a7e-1d2b-4c5d-8e9f-0a1b2c3d4e5f', state: 'done', amount: 2_000, number: 17 };

  it('says what, how much, which number and why; never the channel or the UUID', () => {
    const en = auditWords(cashOut, format('en'));
    expect(en).toBe('Cash out · Amount ₼20.00 · document № 17 · reason: Bank');
    for (const locale of ['az', 'uk', 'ru', 'en'] as const) {
      const words = auditWords(cashOut, format(locale));
      expect(words).not.toMatch(/channel|uuid|document\.submit|withdraw|3f0c6a7e/);
      expect(words).toContain('17');
    }
    expect(auditWords(cashOut, format('az'))).toContain('səbəb: Bank');
  });

  it('names the approval, the refusal, the Z report’s short and a person', () => {
    const en = format('en');
    expect(auditWords({ for: 'discount' }, en)).toBe('for: Discount above the cap');
    expect(auditWords({ channel: 'document.submit', error: 'device_rejected' }, en)).toMatch(/^The device refused/);
    expect(auditWords({ channel: 'report.z', zNumber: '12', overShort: -50 }, en)).toBe('Z report № 12 · Cash short ₼0.50');
    expect(auditWords({ person: 'Nigar', role: 'cashier', active: false, pinChanged: true }, en)).toBe('Nigar (Cashier) · deactivated · PIN changed');
    // What it cannot say is kept as recorded, not hidden.
    expect(auditWords({ url: 'http://127.0.0.1:5544/' }, en)).toBe('url: http://127.0.0.1:5544/');
  });
});
