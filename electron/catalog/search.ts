import type { Product } from '../../shared/catalog';
import { foldForSearch, searchWords } from '../../shared/search-folding';
import type { ProductQueries } from './product-queries';

/** One word of letters and digits with at least one digit: a barcode or a shop's item code ("X1999", "A-12"), typed by hand. */
const codeLike = /^(?=.*\d)[\p{L}\p{N}./-]+$/u;

/**
 * What the cashier finds while typing, best first:
 * - a word with digits is most likely a barcode typed by hand or a shop's item code (codes have
 *   letters too: "X1999"), so an exact barcode comes first, then codes starting with it, as
 *   typed or in capitals, then names (a "0,5" or "1 l" in the name);
 * - for names, those that start with the query come before those where only some later word
 *   does ("çör" lists "Çörək ağ" before "Kənd çörəyi"); within each, the favourites (the shop's
 *   best sellers) first, then alphabetically by the folded name.
 * Every word of the query must start a word of the name. Deactivated products are never found.
 */
export function searchProducts(queries: ProductQueries, query: string, limit: number): Product[] {
  const text = query.trim();
  if (text === '') return [];
  const found = new Set<number>();
  const add = (ids: readonly number[]) => {
    for (const id of ids) if (found.size < limit) found.add(id);
  };
  if (codeLike.test(text)) {
    const exact = queries.sellableIdByBarcode(text);
    if (exact !== undefined) add([exact]);
    add(queries.idsByCodeStart(text, limit));
    const capitals = text.toLocaleUpperCase('en');
    if (capitals !== text) add(queries.idsByCodeStart(capitals, limit));
    // Typed on a Cyrillic layout ("Х1999" for "X1999"): the look-alikes in Latin capitals.
    const latin = foldForSearch(text).toLocaleUpperCase('en');
    if (latin !== capitals && !latin.includes(' ')) add(queries.idsByCodeStart(latin, limit));
  }
  const folded = foldForSearch(text);
  if (folded !== '') {
    add(queries.idsByNameStart(folded, true, limit - found.size));
    add(queries.idsByNameStart(folded, false, limit - found.size));
    // Asked for `limit` rather than what is left: a code match may be among these too.
    if (found.size < limit) add(queries.idsByNameWords(ftsPrefixQuery(folded), folded, limit));
  }
  return queries.byIds([...found]);
}

/**
 * An FTS5 query in which every word is a prefix and all must match. Folded words hold letters
 * and digits only, so quoting them cannot break the query syntax; quoted, a word the tokenizer
 * splits (a letter newer than its Unicode tables) stays one phrase, as the name was indexed.
 */
function ftsPrefixQuery(folded: string): string {
  return searchWords(folded)
    .map((word) => `"${word}"*`)
    .join(' ');
}
