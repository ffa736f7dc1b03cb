import { readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { HistorySign } from '../../shared/ipc/startup-channels';
import { logsDirOf } from '../app/logger';
import { listBackups } from '../backup/backups';
import { trainingMemoryFiles } from '../devices/registry';
import { secretKeyFile } from '../settings/file-key-box';

/**
 * What in the data folder shows the shop has run Kassa before, so a missing or empty database
 * there is a loss to recover from, not a first start. Only log files written before this process
 * started count (`startedAt`): this run opens its own log before it opens the database.
 */
export function historySigns(dataDir: string, startedAt: number): HistorySign[] {
  const signs: HistorySign[] = [];
  if (nonEmpty(statOf(join(dataDir, secretKeyFile)))) signs.push('secretKey');
  if (filesIn(logsDirOf(dataDir)).some((stat) => nonEmpty(stat) && stat.mtimeMs < startedAt)) signs.push('logs');
  if (trainingMemoryFiles().some((file) => nonEmpty(statOf(join(dataDir, file))))) signs.push('trainingDevice');
  if (listBackups(dataDir).length > 0) signs.push('backups');
  return signs;
}

function nonEmpty(stat: Stats | undefined): boolean {
  return stat !== undefined && stat.isFile() && stat.size > 0;
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function filesIn(dir: string): Stats[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => statOf(join(dir, name)) ?? []);
}
