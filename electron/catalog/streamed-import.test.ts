import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { closeDatabase, type Db } from '../db/open';
import { useTempDirs } from '../testing/temp-dir';
import { ImportChecker } from './import-checker';
import { ImportStaging, stagingBatchRows } from './import-staging';
import { checkImportStream, ImportCancelledError, readImportFile } from './read-import-file';
import { ean13 } from './testing/barcodes';
import { csvOf, openCatalog, productRow } from './testing/catalog-db';

const tempDir = useTempDirs();

/** A catalogue of `n` products with codes, barcodes and names in three scripts. */
function catalogueOf(n: number, price = '1,00'): string {
  const names = ['Çörək ağ', 'Молоко 2,5%', "М'ясо; \"свиняче\"", 'Tea\ngreen'];
  return csvOf(
    Array.from({ length: n }, (_, i) =>
      productRow(`${names[i % names.length]} ${i}`, { code: String(10_000 + i), barcodes: ean13(`476${String(i).padStart(9, '0')}`), price }),
    ),
  );
}

/** The file's bytes in chunks of `size`, cut anywhere: inside a quoted value, a line, a letter's UTF-8. */
function chunksOf(text: string, size: number): Readable {
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf8');
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return Readable.from(chunks);
}

function tables(db: Db) {
  return {
    products: db.prepare('SELECT * FROM products ORDER BY id').all(),
    barcodes: db.prepare('SELECT * FROM product_barcodes ORDER BY barcode').all(),
    search: db.prepare("SELECT rowid FROM products_fts WHERE products_fts MATCH '\"mol\"*' ORDER BY rowid").all(),
  };
}

describe('a catalogue file read as it comes', () => {
  it('reads the same rows and problems whatever the chunks, as the whole text does', async () => {
    const csv = `${catalogueOf(50)}\nBad;;x;y;vat99\n"Unclosed;1;18\n`;
    const whole = readImportFile(csv);
    for (const size of [1, 7, 64, 4096]) {
      const valid: unknown[] = [];
      const checker = new ImportChecker((row) => valid.push(row));
      await checkImportStream(chunksOf(csv, size), Buffer.byteLength(csv), checker);
      expect({ rows: checker.rows, valid, problems: checker.problems }, `chunks of ${size} bytes`).toEqual(whole);
    }
  });

  it('holds no more rows than one batch on their way to the staging tables, however long the file', async () => {
    const { db } = openCatalog(tempDir());
    const staging = new ImportStaging(db);
    const checker = new ImportChecker((row) => staging.add(row));
    const progress: number[] = [];
    await checkImportStream(chunksOf(catalogueOf(5 * stagingBatchRows + 17), 65_536), 1, checker, { onProgress: ({ rows }) => progress.push(rows) });
    staging.flush();
    expect(checker.valid).toBe(5 * stagingBatchRows + 17);
    expect(db.prepare('SELECT count(*) FROM temp.import_rows').pluck().get()).toBe(5 * stagingBatchRows + 17);
    expect(staging.maxBuffered).toBe(stagingBatchRows);
    // Progress every 10,000 rows and at the end.
    expect(progress).toEqual([10_000, 5 * stagingBatchRows + 17]);
    staging.drop();
    closeDatabase(db);
  });

  it('imports a file from disk as the text import does, and a cancel leaves the catalogue exactly as it was', async () => {
    const dir = tempDir();
    const file = join(dir, 'catalogue.csv');
    writeFileSync(file, catalogueOf(30_000));
    const fromText = openCatalog(tempDir());
    expect(fromText.catalog.import(catalogueOf(30_000), 'replace')).toBe(30_000);
    const { db, catalog } = openCatalog(dir);
    expect(await catalog.importFile(file, 'replace')).toBe(30_000);
    expect(tables(db)).toEqual(tables(fromText.db));
    closeDatabase(fromText.db);

    const before = tables(db);
    writeFileSync(file, catalogueOf(30_000, '2,00'));
    const stop = new AbortController();
    let seen = 0;
    const cancelled = catalog.importFile(file, 'merge', {
      signal: stop.signal,
      onProgress: ({ rows }) => {
        seen = rows;
        stop.abort();
      },
    });
    await expect(cancelled).rejects.toBeInstanceOf(ImportCancelledError);
    expect(seen).toBe(10_000);
    expect(tables(db)).toEqual(before);
    expect(db.prepare("SELECT count(*) FROM temp.sqlite_master WHERE name LIKE 'import_%'").pluck().get()).toBe(0);
    // The same file, not cancelled, is imported whole afterwards.
    expect(await catalog.importFile(file, 'merge')).toBe(30_000);
    expect(db.prepare('SELECT DISTINCT price FROM products').pluck().all()).toEqual([200]);
    closeDatabase(db);
  });

  it('refuses a second import while one is reading, and the first goes on', async () => {
    const dir = tempDir();
    const file = join(dir, 'catalogue.csv');
    writeFileSync(file, catalogueOf(12_000));
    const { db, catalog } = openCatalog(dir);
    let second: unknown;
    const first = catalog.importFile(file, 'replace', {
      onProgress: () => {
        try {
          catalog.import(catalogueOf(3), 'replace');
        } catch (error) {
          second ??= error;
        }
      },
    });
    expect(await first).toBe(12_000);
    expect(second).toEqual(new Error('Another catalogue import is under way'));
    expect(db.prepare('SELECT count(*) FROM products').pluck().get()).toBe(12_000);
    closeDatabase(db);
  });
});
