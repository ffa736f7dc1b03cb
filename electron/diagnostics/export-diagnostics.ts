import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, zip, type AsyncZippable } from 'fflate';
import type { AppContext } from '../app/context';
import { logsDirOf } from '../app/logger';
import { appSnapshot } from './app-snapshot';
import { deviceSnapshot } from './device-snapshot';
import { settingsSnapshot } from './settings-snapshot';
import { withoutSecrets } from './without-secrets';

export interface DiagnosticsExport {
  path: string;
  bytes: number;
  entries: string[];
}

export function exportsDirOf(dataDir: string): string {
  return join(dataDir, 'diagnostics');
}

/** Long enough for a device on WiFi, short enough that a person waits for it. */
const deviceWaitMs = 10_000;

/**
 * `<dataDir>/diagnostics/kassa-diagnostics-<UTC time>.zip`: the log files, settings.json,
 * unsettled.json (the journal's documents the device has not settled, of every device),
 * device-info.json and app.json. Every JSON file passes through `withoutSecrets`.
 */
export async function exportDiagnostics(ctx: AppContext, options: { deviceWaitMs?: number } = {}): Promise<DiagnosticsExport> {
  const at = ctx.now();
  const unsettled = ctx.journal.unsettled().map((entry) => ({
    ...entry,
    document: JSON.parse(entry.document) as unknown,
    transitions: ctx.journal.transitions(entry.id),
  }));
  const files: AsyncZippable = {
    'app.json': json(appSnapshot(ctx, at)),
    'settings.json': json(settingsSnapshot(ctx.db)),
    'unsettled.json': json(unsettled),
    'device-info.json': json(await deviceSnapshot(ctx.device, options.deviceWaitMs ?? deviceWaitMs)),
    ...(await logFiles(logsDirOf(ctx.dataDir))),
  };
  const bytes = await zipped(files);
  const dir = exportsDirOf(ctx.dataDir);
  await mkdir(dir, { recursive: true });
  const path = join(dir, `kassa-diagnostics-${at.toISOString().replace(/[-:]|\.\d+/g, '')}.zip`);
  await writeFile(path, bytes);
  const entries = Object.keys(files);
  ctx.logger.info({ module: 'diagnostics', path, bytes: bytes.length, entries: entries.length }, 'diagnostics exported');
  return { path, bytes: bytes.length, entries };
}

function json(value: unknown): Uint8Array {
  return strToU8(`${JSON.stringify(withoutSecrets(value), null, 2)}\n`);
}

/** The current and the rotated log files; none where the app runs without a log folder (tests). */
async function logFiles(dir: string): Promise<AsyncZippable> {
  const names = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: AsyncZippable = {};
  for (const entry of names.filter((e) => e.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    files[`logs/${entry.name}`] = await readFile(join(dir, entry.name));
  }
  return files;
}

/** fflate compresses the files in worker threads: a 50 MB log folder does not stop the till. */
function zipped(files: AsyncZippable): Promise<Uint8Array> {
  return new Promise((resolve, reject) => zip(files, { level: 6 }, (error, data) => (error ? reject(error) : resolve(data))));
}
