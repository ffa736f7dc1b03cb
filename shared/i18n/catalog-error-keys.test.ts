import { describe, expect, it } from 'vitest';
import { catalogImportErrorKeys, importProblemCodes } from './catalog-error-keys';
import { catalogAz } from './locales/catalog.az';
import { catalogEn } from './locales/catalog.en';
import { catalogRu } from './locales/catalog.ru';
import { catalogUk } from './locales/catalog.uk';

const placeholders = (text: string) => (text.match(/{{\w+}}/g) ?? []).sort();

describe('catalogue import problems', () => {
  it('have a translation key each, named after the code', () => {
    expect(Object.keys(catalogImportErrorKeys).sort()).toEqual([...importProblemCodes].sort());
    for (const code of importProblemCodes) expect(catalogImportErrorKeys[code]).toBe(`catalog.importErrors.${code}`);
  });

  it.each([
    ['az', catalogAz],
    ['uk', catalogUk],
    ['ru', catalogRu],
    ['en', catalogEn],
  ])('have a message in %s for every code, none empty, with the placeholders of en', (_locale, texts) => {
    expect(Object.keys(texts.importErrors).sort()).toEqual([...importProblemCodes].sort());
    for (const code of importProblemCodes) {
      const text = texts.importErrors[code];
      expect(text.trim()).not.toBe('');
      expect(placeholders(text), code).toEqual(placeholders(catalogEn.importErrors[code]));
    }
  });
});
