/**
 * The SQL files of `migrations/`, bundled into the build by Vite so a packaged app (inside an
 * asar archive) needs no file access to find them.
 */
const files = import.meta.glob<string>('../../migrations/*.sql', { query: '?raw', import: 'default', eager: true });

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

export const migrations: Migration[] = parseMigrations(files);
