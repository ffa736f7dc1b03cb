import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeviceKind } from '../../../shared/device';
import { silentLogger } from '../../app/logger';
import { closeDatabase } from '../../db/open';
import { migrate } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { openDatabase } from '../../db/open';
import type { DriverDescriptor, FiscalisedDocument, RunningTraining, TortureFault, TortureHooks } from '../../devices/driver';
import { descriptorOf } from '../../devices/registry';
import { seededRandom } from '../../devices/seeded-random';
import { spawnTs } from '../../testing/spawn-ts';
import { Journal } from '../journal';
import type { DeviceFile } from '../../devices/device-file';

export interface TortureOptions {
  /** The system whose training device is tortured (default Caspos). */
  kind?: DeviceKind;
  /** At least this many SIGKILLs. */
  kills: number;
  /** And at least this many documents journaled. */
  sales: number;
  seed: number;
  faultRates: Partial<Record<TortureFault, number>>;
  /**
   * A kill comes this many milliseconds after the child is ready to sell (drawn evenly), and
   * never before it has journaled one more document: on a busy machine a child that needs long
   * to start still sells, so the run ends after its counts, however slow the machine.
   */
  killAfterMs: [number, number];
  log?: (line: string) => void;
}

export interface TortureReport {
  sales: number;
  done: number;
  rejected: number;
  kills: number;
  faults: Record<string, number>;
  recovered: number;
  duplicatesAvoided: number;
  deviceDocuments: number;
  problems: string[];
}

export const defaultFaultRates: Partial<Record<TortureFault, number>> = {
  dropBeforeCommit: 0.04,
  dropAfterCommit: 0.06,
  answerTimeout: 0.03,
  http500: 0.04,
  garbage: 0.04,
  empty: 0.03,
};

const child = 'electron/journal/torture/child.ts';

/**
 * Sells continuously in a child process against a training device with faults on, kills the
 * child at random moments, restarts it, and at the end compares the device's fiscal memory with
 * the journal: the promise that no document is lost and none is fiscalised twice. Any system
 * whose training device offers torture hooks (driver.ts TortureHooks) can be tortured.
 */
export async function runTorture(options: TortureOptions): Promise<TortureReport> {
  const log = options.log ?? (() => undefined);
  const random = seededRandom(options.seed);
  const kind = options.kind ?? 'caspos';
  const descriptor = descriptorOf(kind);
  if (!descriptor?.training) throw new RangeError(`No ${kind} driver with a training device is registered`);
  const dataDir = mkdtempSync(join(tmpdir(), 'kassa-torture-'));
  const training = await descriptor.training.start(join(dataDir, descriptor.training.memoryFile), { random: seededRandom(options.seed + 1) });
  const reportedDone = new Map<string, string>();
  let recovered = 0;
  let kills = 0;
  let journaled = 0;
  try {
    const device = training.torture;
    if (!device) throw new RangeError(`The ${kind} training device offers no torture hooks`);
    await openShift(descriptor, training);
    // The children reach the device as a real one, by its settings; the file keeps its secrets out of their command lines.
    const deviceFile = join(dataDir, 'device.json');
    const tortured: DeviceFile = { kind, url: training.url, config: training.config as Record<string, unknown>, secrets: training.secrets };
    writeFileSync(deviceFile, JSON.stringify(tortured), { mode: 0o600 });
    const appDir = join(dataDir, 'app');
    mkdirSync(appDir);
    device.setFaultRates(options.faultRates, ['sale']);

    /** Follows a child's lines; `said(word)` resolves at the next line starting with that word. */
    const listen = (process: ReturnType<typeof spawnTs>) => {
      let buffer = '';
      let stderr = '';
      const waiting = new Map<string, () => void>();
      process.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      process.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          const [word = '', uuid, detail] = line.split(' ');
          if (word === 'done' && uuid && detail) reportedDone.set(uuid, detail);
          if (word === 'recovered') recovered += 1;
          waiting.get(word)?.();
          waiting.delete(word);
        }
      });
      const exited = new Promise<void>((resolve) => process.once('exit', () => resolve()));
      const said = (word: string) => Promise.race([new Promise<void>((resolve) => waiting.set(word, resolve)), exited]);
      return { stderr: () => stderr, said };
    };

    while (kills < options.kills || journaled < options.sales) {
      const seller = spawnTs(child, ['sell', appDir, deviceFile, String(options.seed * 1000 + kills)]);
      const { stderr, said } = listen(seller);
      const [min, max] = options.killAfterMs;
      const delay = () => new Promise((resolve) => setTimeout(resolve, min + random() * (max - min)));
      // One kill in four lands wherever its moment falls (start-up, recovery, a sale); the others
      // wait for the child to be ready and to have journaled one more document, so every run ends
      // after its counts of kills and sales however busy the machine is.
      if (random() < 0.25) await delay();
      else await Promise.all([said('ready').then(delay), said('journaled')]);
      if (seller.exitCode !== null) throw new Error(`the selling child died by itself (${seller.exitCode}):\n${stderr()}`);
      seller.kill('SIGKILL');
      await new Promise((resolve) => seller.once('exit', resolve));
      kills += 1;
      journaled = countJournal(appDir);
      if (kills % 10 === 0) log(`  ${kills} kills, ${journaled} documents journaled, ${reportedDone.size} reported done`);
    }

    device.clearFaults();
    const settler = spawnTs(child, ['settle', appDir, deviceFile]);
    const { stderr } = listen(settler);
    const code = await new Promise((resolve) => settler.once('exit', resolve));
    if (code !== 0) throw new Error(`settling failed (${String(code)}):\n${stderr()}`);
    return { ...compare(appDir, device, reportedDone), kills, faults: device.injected(), recovered };
  } finally {
    await training.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Opens the shift through the driver, as a cashier would before selling; faults are not on yet. */
async function openShift(descriptor: DriverDescriptor, training: RunningTraining<unknown, Record<string, string>>): Promise<void> {
  const driver = await descriptor.start(training.config, training.secrets, { logger: silentLogger });
  try {
    const opened = await driver.openShift('Torture Test', 0);
    if (opened.kind !== 'done') throw new Error(`the training device did not open the shift: ${JSON.stringify(opened).slice(0, 300)}`);
  } finally {
    await driver.close();
  }
}

/** A child killed before it had migrated the database leaves no journal yet: that counts as empty. */
export function countJournal(dataDir: string): number {
  const db = openDatabase(join(dataDir, 'kassa.sqlite3'));
  try {
    const exists = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'journal_documents'").get() as { n: number };
    return exists.n === 0 ? 0 : (db.prepare('SELECT count(*) AS n FROM journal_documents').get() as { n: number }).n;
  } finally {
    closeDatabase(db);
  }
}

/**
 * The device's fiscal memory against the journal in `dataDir` (the app stopped): every document
 * reported done is on the device once with its id, every document on the device is done in the
 * journal with the same bytes, nothing is left unsettled.
 */
export function compare(dataDir: string, device: TortureHooks, reportedDone: Map<string, string>): Omit<TortureReport, 'kills' | 'faults' | 'recovered'> {
  const db = openDatabase(join(dataDir, 'kassa.sqlite3'));
  migrate(db, migrations);
  const journal = new Journal(db, () => new Date());
  const problems: string[] = [];
  const entries = db.prepare('SELECT uuid FROM journal_documents ORDER BY id').all() as { uuid: string }[];
  const journalByUuid = new Map(entries.map(({ uuid }) => [uuid, journal.byUuid(uuid)!]));
  const onDevice = device.fiscalised();
  const deviceByUuid = new Map<string, FiscalisedDocument[]>();
  for (const d of onDevice) deviceByUuid.set(d.uuid, [...(deviceByUuid.get(d.uuid) ?? []), d]);

  for (const [uuid, documentId] of reportedDone) {
    const copies = deviceByUuid.get(uuid) ?? [];
    if (copies.length !== 1) problems.push(`reported done but on the device ${copies.length} times: ${uuid}`);
    else if (copies[0]!.documentId !== documentId) problems.push(`reported done with another document id: ${uuid}`);
  }
  for (const [uuid, copies] of deviceByUuid) {
    if (copies.length > 1) problems.push(`fiscalised ${copies.length} times: ${uuid}`);
    const entry = journalByUuid.get(uuid);
    if (!entry) problems.push(`on the device but not in the journal: ${uuid}`);
    else if (entry.state !== 'done') problems.push(`on the device but ${entry.state} in the journal: ${uuid}`);
    else if (entry.result?.documentId !== copies[0]!.documentId) problems.push(`journal and device disagree on the document id: ${uuid}`);
    else if (copies[0]!.body !== entry.request) {
      problems.push(`the device got other bytes than the journal keeps: ${uuid}`);
    }
  }
  for (const [uuid, entry] of journalByUuid) {
    if (entry.state !== 'done' && entry.state !== 'rejected') problems.push(`left ${entry.state}: ${uuid}`);
    if (entry.state === 'done' && !deviceByUuid.has(uuid)) problems.push(`done in the journal but not on the device: ${uuid}`);
    if (entry.state === 'rejected' && deviceByUuid.has(uuid)) problems.push(`rejected in the journal but fiscalised: ${uuid}`);
  }
  problems.push(...(device.protocolProblems?.() ?? []));
  const states = [...journalByUuid.values()];
  closeDatabase(db);
  return {
    sales: states.length,
    done: states.filter((e) => e.state === 'done').length,
    rejected: states.filter((e) => e.state === 'rejected').length,
    duplicatesAvoided: states.filter((e) => e.duplicate).length,
    deviceDocuments: onDevice.length,
    problems,
  };
}
