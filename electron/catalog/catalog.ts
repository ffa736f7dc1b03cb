import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ImportPreview, Product, ScanResult } from '../../shared/catalog';
import type { Db } from '../db/open';
import type { Settings } from '../settings/settings';
import { importCatalog, importCatalogStream, previewImport, previewImportStream, type ImportMode } from './catalog-import';
import { Categories } from './categories';
import { CatalogWriter } from './catalog-writer';
import { catalogCsv } from './export-csv';
import { ProductEditor } from './product-editor';
import { ProductQueries } from './product-queries';
import { QuickKeys } from './quick-keys';
import type { StreamOptions } from './read-import-file';
import { refoldStaleNames } from './refold-names';
import { scanBarcode } from './scan';
import { searchProducts } from './search';

/**
 * More quick keys than fit on a few screens are no longer quick; the cap keeps a file that marks
 * every product a favourite from sending the whole catalogue to the renderer.
 */
const maxFavourites = 1_000;

/** The shop's catalogue, over the app's one connection: what the handlers of catalog.* call. */
export class Catalog {
  private readonly queries: ProductQueries;
  private readonly writer: CatalogWriter;
  /** The manager's edits of single products in the app. */
  readonly editor: ProductEditor;
  readonly categories: Categories;
  readonly quickKeys: QuickKeys;

  constructor(
    private readonly db: Db,
    private readonly settings: Settings,
    private readonly now: () => Date,
  ) {
    this.queries = new ProductQueries(db);
    this.writer = new CatalogWriter(db);
    this.editor = new ProductEditor(db, this.queries, this.writer, now);
    this.categories = new Categories(db, now);
    this.quickKeys = new QuickKeys(db, this.queries);
    refoldStaleNames(db);
  }

  search(query: string, limit: number): Product[] {
    return searchProducts(this.queries, query, limit);
  }

  byBarcode(barcode: string): Product | undefined {
    return this.queries.byBarcode(barcode);
  }

  /** The quick keys, by position; those without one after, by name. */
  favourites(): Product[] {
    return this.queries.favourites(maxFavourites);
  }

  /** The settings are read on every scan, so a change of the scales' set-up applies at once. */
  scan(barcode: string): ScanResult {
    return scanBarcode(this.queries, this.settings.get('weightedBarcodes'), barcode);
  }

  preview(csv: string): ImportPreview {
    return previewImport(csv);
  }

  /** The preview of a file on disk, read as it comes: a catalogue of a million products is 80 MB. */
  async previewFile(path: string, options: StreamOptions = {}): Promise<ImportPreview> {
    // The size first: a stream opened on a file that is gone would fail with nobody listening.
    const { size } = await stat(path);
    return previewImportStream(createReadStream(path), size, options);
  }

  import(csv: string, mode: ImportMode): number {
    return importCatalog(this.db, this.queries, csv, mode, this.now().toISOString());
  }

  /** The import of a file on disk, read as it comes; cancelled by the signal until it writes. */
  async importFile(path: string, mode: ImportMode, options: StreamOptions = {}): Promise<number> {
    const { size } = await stat(path);
    return importCatalogStream(this.db, this.queries, createReadStream(path), size, mode, () => this.now().toISOString(), options);
  }

  export(): string {
    return catalogCsv(this.queries.all());
  }
}
