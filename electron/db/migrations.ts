import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const fileName = /\/(\d{4})_([a-z0-9_]+)\.sql$/;

export function parseMigrations(sources: Record<string, string>): Migration[] {
  const list = Object.entries(sources).map(([path, sql]) => {
    const match = fileName.exec(path);
    if (!match) throw new Error(`Migration file name must be NNNN_name.sql: ${path}`);
    return { version: Number(match[1]), name: match[2] ?? '', sql };
  });
  list.sort((a, b) => a.version - b.version);
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migrations must be numbered 1, 2, 3 ... without gaps; found ${m.version} at place ${i + 1}`);
  });
  return list;
}

/**
 * The SQL files of `migrations/`. In a Vite build (the app, vitest) they are bundled, so a
 * packaged app inside an asar archive needs no file access; plain Node (the tsx scripts of
 * tests and benchmarks) has no import.meta.glob and reads the folder instead.
 */
function sources(): Record<string, string> {
  try {
    return import.meta.glob<string>('../../migrations/*.sql', { query: '?raw', import: 'default', eager: true });
  } catch {
    const folder = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'migrations');
    const files = readdirSync(folder).filter((name) => name.endsWith('.sql'));
    return Object.fromEntries(files.map((name) => [`/migrations/${name}`, readFileSync(join(folder, name), 'utf8')]));
  }
}

export const migrations: Migration[] = parseMigrations(sources());
