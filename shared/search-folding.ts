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
 * - Look-alikes: a Cyrillic letter drawn like a Latin one folds to that Latin letter (а е о р с х
 *   у к м т н в і ј ѕ, and ә һ of Azerbaijani Cyrillic), so "xліб" typed with a Latin x, or
 *   "XЛIБ" with Latin X and I on a layout left in English, finds "Хліб". Letter by letter, never
 *   word by word: a prefix folds as the whole word does. Only shapes, never sounds: "хлеб" does
 *   not find "хліб" (a transliteration would fold "х" to "kh" and make a prefix ambiguous).
 *   The cost is a few more hits for one or two typed letters ("с" lists "Coffee" with "Сок").
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
 * Letters that have no decomposition to strip, mapped by hand, each straight to its final letter
 * (one pass, so folding twice changes nothing). ё ї й need no entry: their marks are stripped
 * like any other, leaving е і и, which are mapped here.
 */
const letterFolds: Record<string, string> = {
  // Azerbaijani
  ə: 'e',
  ı: 'i',
  // Cyrillic: see above (є and э to the Latin e, as е itself)
  є: 'e',
  э: 'e',
  ґ: 'г',
  и: 'i',
  ы: 'i',
  // Cyrillic drawn like Latin: see above
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  к: 'k',
  м: 'm',
  т: 't',
  н: 'h',
  в: 'b',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ә: 'e',
  һ: 'h',
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

/**
 * Letters no folded text holds: a stored folded name with one of them was folded before the
 * folding learnt that letter, and is folded afresh (electron/catalog/refold-names.ts).
 */
export const foldedAwayLetters: readonly string[] = Object.keys(letterFolds);
