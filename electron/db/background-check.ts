import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { DatabaseDamagedError } from './integrity';

/**
 * The worker's whole program. A string evaluated by the worker, so it runs the same from the
 * sources (tsx, vitest) and from the built app, without a second bundle entry to keep in step.
 * Its own read-only connection sees the file as it was when the check began; WAL lets the app's
 * connection write meanwhile without disturbing that snapshot.
 */
const program = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  const rows = db.pragma('quick_check(20)');
  parentPort.postMessage({ lines: rows.map((row) => String(Object.values(row)[0])) });
} catch (error) {
  parentPort.postMessage({ failed: String((error && error.message) || error), code: error && error.code });
} finally {
  if (db) db.close();
}
`;

type Answer = { lines: string[] } | { failed: string; code?: string };

/**
 * SQLite's quick check of `file` on another thread: resolves when every page is found sound,
 * rejects with DatabaseDamagedError when it is not (or when SQLite cannot read it: a
 * SQLITE_CORRUPT error is a verdict too). The main thread stays free for the sale screen.
 */
export function quickCheckInBackground(file: string): Promise<void> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const worker = new Worker(program, { eval: true, workerData: { file, driver } });
    let answered = false;
    worker.once('message', (answer: Answer) => {
      answered = true;
      if ('failed' in answer) {
        const error = /^SQLITE_(CORRUPT|NOTADB)/.test(answer.code ?? '') ? new DatabaseDamagedError(file, answer.failed) : new Error(`the integrity check of ${file} failed: ${answer.failed}`);
        reject(error);
      } else if (answer.lines.length === 1 && answer.lines[0] === 'ok') {
        resolve();
      } else {
        reject(new DatabaseDamagedError(file, answer.lines.slice(0, 3).join('; ')));
      }
    });
    worker.once('error', (error) => {
      if (!answered) reject(error);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the integrity check of ${file} stopped (exit ${code}) before its verdict`));
    });
  });
}
