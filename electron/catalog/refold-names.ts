import { foldedAwayLetters, foldForSearch } from '../../shared/search-folding';
import type { Db } from '../db/open';
import type { CatalogWriter } from './catalog-writer';

interface StoredName {
  id: number;
  name: string;
  folded: string;
}

/**
 * Folds the stored names afresh when they were folded before the folding learnt a letter (the
 * look-alikes of issue 19: "xліб" finds "Хліб" only once "Хліб" is stored as "xлiб"). Names
 * change only by an import, so without this an upgraded shop would find nothing new until its
 * next one. The check is one pass over the names, no JavaScript per row; the refold itself runs
 * once, in one transaction with the search index's rebuild. Returns how many names changed.
 */
export function refoldStaleNames(db: Db, writer: CatalogWriter): number {
  const stale = db.prepare('SELECT 1 FROM products WHERE folded_name GLOB ? LIMIT 1').get(`*[${foldedAwayLetters.join('')}]*`);
  if (stale === undefined) return 0;
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
    writer.rebuildSearch();
    return changed;
  })();
}
