import type { CatalogueItem, ProductDraft } from '../../shared/catalogue-admin';
import { foldForSearch } from '../../shared/search-folding';
import { AppFailure } from '../app/app-failure';
import type { Db } from '../db/open';
import { statementCache } from '../db/statements';
import type { CatalogWriter } from './catalog-writer';
import { defaultCodeType } from './import-fields';
import type { ProductQueries } from './product-queries';
import { searchProducts } from './search';

export interface ListQuery {
  query: string;
  status: 'active' | 'inactive';
  categoryId: number | null;
  offset: number;
  limit: number;
}

interface StateRow {
  active: 0 | 1;
  categoryId: number | null;
}

/**
 * The manager's edits of single products. Each is one short transaction; a renamed product is
 * re-indexed on its own (an FTS5 'delete' of its old folded name and an insert of the new),
 * never by rebuilding the index of a whole catalogue for one name.
 */
export class ProductEditor {
  private readonly sql;

  constructor(
    private readonly db: Db,
    private readonly queries: ProductQueries,
    private readonly writer: CatalogWriter,
    private readonly now: () => Date,
  ) {
    this.sql = statementCache(db);
  }

  item(id: number): CatalogueItem {
    const product = this.queries.byId(id);
    const state = this.sql<[number], StateRow>('SELECT active, category_id AS categoryId FROM products WHERE id = ?').get(id);
    if (!product || !state) throw new AppFailure('invalid_input', `No product ${id}`);
    return { ...product, active: state.active === 1, categoryId: state.categoryId };
  }

  /**
   * Sold products as the counter finds them (search.ts), or all of a status by name; `more` says
   * whether another page follows.
   */
  list({ query, status, categoryId, offset, limit }: ListQuery): { items: CatalogueItem[]; more: boolean } {
    const folded = foldForSearch(query);
    let ids: number[];
    if (status === 'active' && folded !== '') {
      const found = searchProducts(this.queries, query, offset + limit + 1).map((product) => product.id);
      ids = (categoryId === null ? found : found.filter((id) => this.item(id).categoryId === categoryId)).slice(offset);
    } else {
      ids = this.sql<[number, number | null, number | null, string, string, number, number], { id: number }>(
        `SELECT id FROM products
          WHERE active = ? AND (? IS NULL OR category_id = ?) AND (? = '' OR instr(folded_name, ?) > 0)
          ORDER BY folded_name, id LIMIT ? OFFSET ?`,
      )
        .all(status === 'active' ? 1 : 0, categoryId, categoryId, folded, folded, limit + 1, offset)
        .map((row) => row.id);
    }
    return { items: ids.slice(0, limit).map((id) => this.item(id)), more: ids.length > limit };
  }

  create(draft: ProductDraft, price: number): CatalogueItem {
    return this.write(() => {
      this.checkFree(draft, undefined);
      const id = this.writer.insert(
        {
          name: draft.name,
          code: draft.code,
          barcodes: draft.barcodes,
          price,
          vatRate: draft.vatRate,
          unit: draft.unit,
          codeType: defaultCodeType(draft.barcodes),
          markingRequired: false,
          favourite: draft.favourite,
          position: null,
        },
        this.at(),
      );
      this.writer.setCategory(id, draft.categoryId, this.at());
      this.writer.indexName(id, foldForSearch(draft.name));
      return id;
    });
  }

  /** Everything the draft holds; the price, marking and quick-key position stay as they are. */
  update(id: number, draft: ProductDraft): CatalogueItem {
    return this.write(() => {
      const before = this.item(id);
      this.checkFree(draft, id);
      const barcodesChanged = before.barcodes.join('\n') !== draft.barcodes.join('\n');
      this.writer.deleteBarcodes(id);
      this.writer.update(
        {
          after: {
            ...before,
            name: draft.name,
            code: draft.code,
            barcodes: draft.barcodes,
            vatRate: draft.vatRate,
            unit: draft.unit,
            codeType: barcodesChanged ? defaultCodeType(draft.barcodes) : before.codeType,
            favourite: draft.favourite,
          },
          renamed: before.name !== draft.name,
          indexedChanged: true,
          barcodesChanged: true,
        },
        this.at(),
      );
      this.writer.setCategory(id, draft.categoryId, this.at());
      if (before.name !== draft.name) this.writer.reindexName(id, foldForSearch(before.name), foldForSearch(draft.name));
      return id;
    });
  }

  /** Returns the price it had, for the audit log. */
  setPrice(id: number, price: number): { product: CatalogueItem; oldPrice: number } {
    let oldPrice = 0;
    const product = this.write(() => {
      oldPrice = this.item(id).price;
      this.writer.setPrice(id, price, this.at());
      return id;
    });
    return { product, oldPrice };
  }

  setActive(id: number, active: boolean): CatalogueItem {
    return this.write(() => {
      const before = this.item(id);
      if (active && !before.active) this.checkFree(before, id);
      this.writer.setActive(id, active, this.at());
      return id;
    });
  }

  /**
   * A barcode belongs to one product (the table says so too); a deactivated product that holds
   * it is named, so the manager knows which one to change. A code names one product, active or not.
   * The category must exist.
   */
  private checkFree(draft: Pick<ProductDraft, 'barcodes' | 'code' | 'categoryId'>, self: number | undefined): void {
    if (draft.categoryId !== null && !this.sql<[number]>('SELECT 1 FROM categories WHERE id = ?').get(draft.categoryId)) {
      throw new AppFailure('invalid_input', `No category ${draft.categoryId}`);
    }
    for (const barcode of draft.barcodes) {
      const holder = this.queries.idByBarcode(barcode);
      if (holder !== undefined && holder !== self) throw taken('barcodes', barcode, this.item(holder));
    }
    const owner = draft.code === '' ? undefined : this.queries.byCode(draft.code);
    if (owner && owner.id !== self) throw taken('code', draft.code, this.item(owner.id));
  }

  private write(work: () => number): CatalogueItem {
    return this.item(this.db.transaction(work).immediate());
  }

  private at(): string {
    return this.now().toISOString();
  }
}

/** What the editor shows beside the field: whose barcode or code it is. */
function taken(field: 'barcodes' | 'code', value: string, holder: CatalogueItem): AppFailure {
  return new AppFailure('invalid_input', `The ${field} ${value} belongs to product ${holder.id}`, {
    field,
    value,
    holder: { id: holder.id, name: holder.name, active: holder.active },
  });
}
