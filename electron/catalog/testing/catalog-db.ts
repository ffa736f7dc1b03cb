import { join } from 'node:path';
import { migrate } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { openDatabase, type Db } from '../../db/open';
import { createSettings, type Settings } from '../../settings/settings';
import { Catalog } from '../catalog';
import { columnNames, type ColumnName } from '../import-columns';

/** A migrated database file in `dir` and its catalogue: the real thing, on disk. */
export function openCatalog(dir: string, now: () => Date = () => new Date('2026-11-23T10:00:00.000Z')): { db: Db; catalog: Catalog; settings: Settings } {
  const db = openDatabase(join(dir, 'kassa.sqlite3'));
  migrate(db, migrations);
  const settings = createSettings(db, now);
  return { db, catalog: new Catalog(db, settings, now), settings };
}

/** A catalogue file of `rows` with the columns they use (all of them by default), ";" between values. */
export function csvOf(rows: readonly Partial<Record<ColumnName, string>>[], columns: readonly ColumnName[] = columnNames, delimiter = ';'): string {
  const quote = (cell: string) => (/[;,"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return [columns.join(delimiter), ...rows.map((row) => columns.map((column) => quote(row[column] ?? '')).join(delimiter))].join('\n');
}

/** A row with everything a product needs, to be changed where a test is about something. */
export function productRow(name: string, fields: Partial<Record<ColumnName, string>> = {}): Partial<Record<ColumnName, string>> {
  return { name, price: '1,00', vat: 'vat18', ...fields };
}
