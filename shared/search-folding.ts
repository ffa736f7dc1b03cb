/**
 * Folds text for product search, so a cashier finds "Çörək" by typing "corek", "çör" or "ÇÖRƏK",
 * and "Олія" by "олия" or "олiя". The catalogue stores every name folded once; each query is
 * folded the same way, so what matters is only that both sides agree.
 *
 * Choices, each because of what cashiers type:
 * - Azerbaijani letters fold to the Latin letter a keyboard without them gives: ə→e, ı→i, and
 *   ş ç ğ ö ü lose their marks (İ too, after lower-casing), as do all Latin diacritics.
 * - Ukrainian, Russian and Belarusian: ё є э → е; ґ → г; і ї и й ы and the Latin i → i. Ukrainian і
 *   is missing from Russian keyboards, so cashiers type и or a Latin i for it ("олия", "олiя");
 *   Ukrainian и is the sound of Russian ы ("сир" for "сыр"); й without its breve ("чаи" for "чай")
 *   is the commonest slip. Joining these costs a few extra hits in a product list, never a miss.
 * - Apostrophes vanish rather than split a word: Ukrainian "м'ясо" is one word, found by "мясо".
 * - Any other character that is not a letter or a digit separates words ("Coca-Cola" → "coca cola").
 * - Compatibility forms fold too (NFKD): "m²" → "m2", ligatures and full-width letters to plain.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    // Lower-casing İ gives i with a combining dot, which the second decomposition lets go.
    .normalize('NFKD')
    .replace(marks, '')
    .replace(apostrophes, '')
    .replace(handFolded, (letter) => letterFolds[letter] ?? letter)
    .replace(separators, ' ')
    .trim();
}

/** The words of folded text, for queries that match every word. */
export function searchWords(folded: string): string[] {
  return folded === '' ? [] : folded.split(' ');
}

const marks = /\p{M}/gu;
const apostrophes = /['’ʼ‘`´ʹ]/gu;
const separators = /[^\p{L}\p{N}]+/gu;

/**
 * Letters that have no decomposition to strip, mapped by hand. (ё ї й need no entry: their marks
 * are stripped like any other, leaving е і и.)
 */
const letterFolds: Record<string, string> = {
  // Azerbaijani
  ə: 'e',
  ı: 'i',
  // Cyrillic: see above
  є: 'е',
  э: 'е',
  ґ: 'г',
  і: 'i',
  и: 'i',
  ы: 'i',
  // Latin letters whose "diacritic" is part of the letter
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ħ: 'h',
  ŧ: 't',
};
const handFolded = new RegExp(`[${Object.keys(letterFolds).join('')}]`, 'gu');
