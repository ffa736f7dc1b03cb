import { foldedAwayLetters, foldForSearch } from '../../shared/search-folding';
import type { Db } from '../db/open';
import { rebuildSearchIndex } from './search-index';

interface StoredName {
  id: number;
  name: string;
  folded: string;
}

/**
 * The letters looked for, each a one-letter prefix query on the search index (its prefix index
 * answers in microseconds, where reading every name took 160 ms on 200,000 products). Cyrillic
 * only: the index's own diacritic folding would read some Latin ones (ø) as plain letters. A
 * catalogue folded before holds words starting with one of these wherever it has Cyrillic names
 * (с, м, к, т, в...); one whose only Cyrillic words start otherwise is folded afresh as its names
 * are written again (an import, an edit).
 */
const staleLetters = foldedAwayLetters.filter((letter) => /\p{Script=Cyrillic}/u.test(letter));

/**
 * Folds the stored names afresh when they were folded before the folding learnt a letter (the
 * look-alikes of issue 19: "xліб" finds "Хліб" only once "Хліб" is stored as "xлiб"). A name
 * is folded when it is written (an import, the product editor), so without this an upgraded
 * shop would find nothing new until its names were written again. The refold itself runs once, in one transaction with the search index's rebuild.
 * Returns how many names changed.
 */
export function refoldStaleNames(db: Db): number {
  const startsWord = db.prepare<[string], unknown>('SELECT 1 FROM products_fts WHERE products_fts MATCH ? LIMIT 1');
  if (!staleLetters.some((letter) => startsWord.get(`"${letter}"*`) !== undefined)) return 0;
  return db.transaction(() => {
    const rows = db.prepare<[], StoredName>('SELECT id, name, folded_name AS folded FROM products').all();
    const update = db.prepare('UPDATE products SET folded_name = ? WHERE id = ?');
    let changed = 0;
    for (const { id, name, folded } of rows) {
      const now = foldForSearch(name);
      if (now === folded) continue;
      update.run(now, id);
      changed++;
    }
    rebuildSearchIndex(db);
    return changed;
  })();
}
