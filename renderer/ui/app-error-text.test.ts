import { describe, expect, it } from 'vitest';
import { createI18n } from '../../shared/i18n/create-i18n';
import { Locale } from '../../shared/locale';
import { appErrorText } from './app-error-text';

const refusal = { code: 'invalid_input' as const, message: 'Input for document.submit does not match its schema', details: [{ code: 'too_big', path: ['document', 'lines', 3, 'quantity'], message: 'Too big' }] };

describe('appErrorText', () => {
  it('names the refused field in every language', () => {
    for (const locale of Locale.options) {
      const text = appErrorText(createI18n(locale).t, refusal);
      expect(text, locale).toContain('document.lines.3.quantity');
      expect(text, locale).not.toBe(appErrorText(createI18n(locale).t, { ...refusal, details: undefined }));
    }
    expect(appErrorText(createI18n('az').t, refusal)).toBe('Məlumat düzgün deyil: document.lines.3.quantity.');
  });

  it('says the code alone for other errors', () => {
    expect(appErrorText(createI18n('en').t, { code: 'journal_blocked', message: 'x', details: { quarantined: 'u' } })).toMatch(/quarantine/);
  });
});
