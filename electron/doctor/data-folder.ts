import { join } from 'node:path';
import Database from 'better-sqlite3';
import { backupsDirOf, listBackups } from '../backup/backups';
import { databaseFileState, integrityProblems } from '../db/integrity';
import { databaseFileName } from '../db/open';

export interface FolderCheck {
  ok: boolean;
  message: 'startup.doctor.databaseOk' | 'startup.doctor.databaseDamaged' | 'startup.doctor.databaseMissing' | 'startup.doctor.backups' | 'startup.doctor.noBackups';
  values: Record<string, string | number>;
}

/**
 * The installer's look at a data folder: SQLite's full `integrity_check` of the database (every
 * page and index; the app's start runs only the quicker check) and the backups at hand. Read-only,
 * so it may run beside the app.
 */
export function checkDataFolder(dataDir: string): FolderCheck[] {
  const file = join(dataDir, databaseFileName);
  const checks: FolderCheck[] = [databaseCheck(file)];
  const backups = listBackups(dataDir);
  checks.push(
    backups[0]
      ? { ok: true, message: 'startup.doctor.backups', values: { count: backups.length, day: backups[0].day } }
      : { ok: false, message: 'startup.doctor.noBackups', values: { folder: backupsDirOf(dataDir) } },
  );
  return checks;
}

function databaseCheck(file: string): FolderCheck {
  try {
    if (databaseFileState(file) === 'missing') return { ok: false, message: 'startup.doctor.databaseMissing', values: { file } };
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const problems = integrityProblems(db, 'integrity_check');
      if (problems.length === 0) return { ok: true, message: 'startup.doctor.databaseOk', values: { file } };
      return { ok: false, message: 'startup.doctor.databaseDamaged', values: { file, detail: problems.slice(0, 3).join('; ') } };
    } finally {
      db.close();
    }
  } catch (error) {
    return { ok: false, message: 'startup.doctor.databaseDamaged', values: { file, detail: (error as Error).message } };
  }
}
