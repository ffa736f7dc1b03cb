import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { createApp } from '../electron/app/create-app';
import { createLogger, openAppLog } from '../electron/app/logger';
import { exportDiagnostics } from '../electron/diagnostics/export-diagnostics';
import { nowMs, row } from './measure';

/**
 * `npm run bench`: what a log entry costs the main process (pino, redaction and the line's
 * scrubbing, handed to the rotating file), against pino alone; and the size and time of a
 * diagnostics export, for a fresh shop and for one whose log folder is full (50 MB).
 */
const batches = 40;
const perBatch = 1_000;

const discard = () => new Writable({ write: (_chunk, _encoding, done) => done() });
const entry = () => ({ uuid: randomUUID(), reason: 'connect_failed', retryInMs: 4_000, device: { id: 'caspos@192.0.2.10:5544', credentials: { password: 'x' } } });

function perEntryMs(log: (n: number) => void): number[] {
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const started = nowMs();
    for (let i = 0; i < perBatch; i++) log(i);
    samples.push((nowMs() - started) / perBatch);
  }
  return samples;
}

console.log('\nLogging and diagnostics');
const plain = pino({ base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, discard());
console.log(row('log entry, pino alone', perEntryMs(() => plain.warn(entry(), 'no trustworthy answer; will send again'))));
const redacted = createLogger(discard());
console.log(row('log entry, with redaction and scrubbing', perEntryMs(() => redacted.warn(entry(), 'no trustworthy answer; will send again'))));
const withError = new Error('GET http://127.0.0.1:4870/events?token=abc failed', { cause: new Error('ECONNRESET') });
console.log(row('log entry with an error and its stack', perEntryMs(() => redacted.error({ err: withError }, 'request failed'))));

/** Opens the app on a data folder with its real log, exports once (warm-up) and then `runs` times. */
async function exports(dataDir: string, runs: number): Promise<{ times: number[]; bytes: number; entries: number }> {
  const log = openAppLog(dataDir, { host: 'web', stderr: false });
  const app = await createApp({ host: 'web', dataDir, logger: log.logger });
  let last = await exportDiagnostics(app.context);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = nowMs();
    last = await exportDiagnostics(app.context);
    times.push(nowMs() - started);
  }
  await app.close();
  await log.close();
  return { times, bytes: last.bytes, entries: last.entries.length };
}

const folders: string[] = [];
const folder = () => {
  folders.push(mkdtempSync(join(tmpdir(), 'kassa-bench-log-')));
  return folders.at(-1)!;
};
try {
  const file = openAppLog(folder(), { host: 'web', stderr: false });
  const toFile = perEntryMs(() => file.logger.warn(entry(), 'no trustworthy answer; will send again'));
  const flushing = nowMs();
  await file.close();
  console.log(row('log entry into the rotating file', toFile, `(then ${(nowMs() - flushing).toFixed(0)} ms to write out ${batches * perBatch} entries)`));

  const fresh = await exports(folder(), 5);
  console.log(row('diagnostics export, a shop on its first day', fresh.times, `${(fresh.bytes / 1024).toFixed(1)} kB zip, ${fresh.entries} entries`));
  // A log folder at its limit: ten files of 5 MB.
  const full = folder();
  const filler = openAppLog(full, { host: 'web', stderr: false });
  for (let i = 0; i < 330_000; i++) filler.logger.warn(entry(), 'no trustworthy answer; will send again');
  await filler.close();
  const filled = await exports(full, 3);
  console.log(row('diagnostics export, log folder full (50 MB)', filled.times, `${(filled.bytes / 1024 / 1024).toFixed(1)} MB zip, ${filled.entries} entries`));
} finally {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
}
