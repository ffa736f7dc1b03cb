import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, searchWords } from './search-folding';

/** True when every word of the folded query starts a word of the folded name, as the search matches. */
function finds(name: string, query: string): boolean {
  const nameWords = searchWords(foldForSearch(name));
  return searchWords(foldForSearch(query)).every((q) => nameWords.some((w) => w.startsWith(q)));
}

describe('foldForSearch', () => {
  it.each([
    ['Çörək', 'corek'],
    ['ÇÖRƏK', 'corek'],
    ['İstiot qara', 'istiot qara'],
    ['Şəkər tozu', 'seker tozu'],
    ['Ağ düyü', 'ag duyu'],
    ['QIZIL ÜZÜM', 'qizil uzum'],
    ['Молоко 2,5%', 'moлoko 2 5'],
    ['Олія соняшникова', 'oлiя cohяшhikoba'],
    ['Ёлочная игрушка', 'eлoчhaя iгpyшka'],
    ['Сыр', 'cip'],
    ['Ґудзик', 'гyдзik'],
    ["М'ясо", 'mяco'],
    ['М’ясо', 'mяco'],
    ['Coca-Cola 0.5 l', 'coca cola 0 5 l'],
    ['Crème brûlée', 'creme brulee'],
    ['Straße', 'strasse'],
    ['Плитка 1 m²', 'плitka 1 m2'],
    ['  много   пробелов  ', 'mhoгo пpoбeлob'],
    // Cyrillic drawn like Latin folds to the Latin letter; the rest of Cyrillic stays.
    ['Хліб', 'xлiб'],
    ['Əla Әла', 'ela eлa'],
    ['…', ''],
  ])('%s → %s', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it.each([
    ['Çörək ağ', 'corek'],
    ['Çörək ağ', 'çör'],
    ['Çörək ağ', 'ÇÖRƏK'],
    ['Çörək ağ', 'ag cor'],
    ['Молоко 3,2%', 'мол'],
    ['Молоко 3,2%', 'МОЛОКО 3'],
    ['Олія соняшникова', 'олия'],
    ['Олія соняшникова', 'олiя'],
    ['Олія соняшникова', 'олія сон'],
    ['Чай чорний', 'чаи'],
    ['Сир твердий', 'сыр'],
    ['Мёд', 'мед'],
    ["М'ясо свиняче", 'мясо'],
    // Look-alikes typed from the other script: a Latin x, a layout left in English, a Cyrillic с.
    ['Хліб білий', 'xліб'],
    ['Хліб білий', 'XЛIБ'],
    ['Хліб білий', 'xл'],
    ['Coffee Ahmad', 'соffее'],
    ['Çay Ahmad', 'Аhmаd'],
  ])('%s is found by "%s"', (name, query) => {
    expect(finds(name, query)).toBe(true);
  });

  it.each([
    ['Çörək ağ', 'corex'],
    ['Молоко', 'олоко'],
    ['Олія', 'олива'],
    // Shapes only, never sounds: a Russian spelling is not a look-alike of the Ukrainian one.
    ['Хліб білий', 'хлеб'],
    ['Хліб білий', 'khlib'],
  ])('%s is not found by "%s"', (name, query) => {
    expect(finds(name, query)).toBe(false);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = foldForSearch(text);
        expect(foldForSearch(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = foldForSearch(text);
        expect(foldForSearch(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('folds a letter and its look-alike from the other script alike, wherever they stand', () => {
    const lookAlikes = [...'аеорсхукмтнвіјѕәһ'].map((cyrillic, i) => [cyrillic, 'aeopcxykmthbijseh'[i]!] as const);
    const letter = fc.oneof(fc.constantFrom(...'abcçdeəfgğhxıijkqlmnoöprsştuüvyzабвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя '), fc.constantFrom(...lookAlikes.flat()));
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 16 }), fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }), (chars, swaps) => {
        // The name as the catalogue holds it, and as typed with some letters from the other script.
        const swapped = chars.map((char, i) => {
          const pair = lookAlikes.find((p) => p.includes(char as never));
          return pair && swaps[i] ? (pair[0] === char ? pair[1] : pair[0]) : char;
        });
        const name = chars.join('');
        const typed = swapped.join('');
        expect(foldForSearch(typed)).toBe(foldForSearch(name));
        expect(foldForSearch(typed.toUpperCase())).toBe(foldForSearch(name));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves no Cyrillic letter that has a Latin look-alike', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(foldForSearch(text)).not.toMatch(/[аеорсхукмтнвіјѕәһ]/u);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves no upper case, no marks, no punctuation and single spaces between words', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const folded = foldForSearch(text);
        expect(folded).toBe(folded.toLowerCase());
        expect(folded).not.toMatch(/\p{M}/u);
        expect(folded).not.toMatch(/^ | $| {2}/);
        expect(folded).toMatch(/^[\p{L}\p{N} ]*$/u);
      }),
      { numRuns: 3000 },
    );
  });

  it('folds upper and lower case alike', () => {
    const letters = fc.constantFrom(...'abcçdeəfgğhxıijkqlmnoöprsştuüvyzабвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя'.split(''));
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        expect(foldForSearch(text.toUpperCase())).toBe(foldForSearch(text));
      }),
    );
  });
});

describe('searchWords', () => {
  it('splits folded text into its words and has none for empty text', () => {
    expect(searchWords('corek ag')).toEqual(['corek', 'ag']);
    expect(searchWords('')).toEqual([]);
  });
});
