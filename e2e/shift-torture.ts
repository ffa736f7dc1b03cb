import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeviceKind } from '../shared/device';
import type { VatRate } from '../shared/fiscal/catalogue-types';
import type { JournalDocumentView } from '../shared/ipc/journal-view';
import type { ZReportRecord } from '../shared/reports/z-report';
import type { DeviceFile } from '../electron/devices/device-file';
import type { TortureFault } from '../electron/devices/driver';
import { descriptorOf } from '../electron/devices/registry';
import { seededRandom } from '../electron/devices/seeded-random';
import { randomSale } from '../electron/journal/torture/random-sale';
import { compare, countJournal, type TortureReport } from '../electron/journal/torture/run-torture';
import { startBuiltWebHost, type RunningHost } from './web-host';

export interface ShiftTortureOptions {
  kind: DeviceKind;
  /** At least this many SIGKILLs of the web host. */
  kills: number;
  /** And at least this many documents journaled. */
  sales: number;
  seed: number;
  faultRates: Partial<Record<TortureFault, number>>;
  log?: (line: string) => void;
}

export interface ShiftTortureReport extends Omit<TortureReport, 'recovered'> {
  /** The Z report's differences between the device and the journal, after everything settled. */
  zDifferences: number;
  zSales: number;
}

/** At most this many polls of the journal's status after the last kill, 250 ms apart. */
const settlePolls = 1_200;

/**
 * A shift on the built web host (`out/main/host.js`, as `npm start` runs it) with its device a
 * training device outside it, as on a shop's LAN: sales come over the host's HTTP API, the host is
 * SIGKILLed at random moments and started again on the same data folder, and at the end every
 * document is settled, the device's fiscal memory equals the journal, and the Z report closes
 * the shift without a difference. Bounded by counts of kills and sales, never by the clock.
 */
export async function runShiftTorture(options: ShiftTortureOptions): Promise<ShiftTortureReport> {
  const log = options.log ?? (() => undefined);
  const random = seededRandom(options.seed);
  const descriptor = descriptorOf(options.kind);
  if (!descriptor?.training) throw new RangeError(`No ${options.kind} driver with a training device is registered`);
  const workDir = mkdtempSync(join(tmpdir(), 'kassa-shift-torture-'));
  const training = await descriptor.training.start(join(workDir, descriptor.training.memoryFile), { random: seededRandom(options.seed + 1) });
  const reportedDone = new Map<string, string>();
  let host: RunningHost | undefined;
  try {
    const device = training.torture;
    if (!device) throw new RangeError(`The ${options.kind} training device offers no torture hooks`);
    const deviceFile = join(workDir, 'device.json');
    const described: DeviceFile = { kind: options.kind, url: training.url, config: training.config as Record<string, unknown>, secrets: training.secrets };
    writeFileSync(deviceFile, JSON.stringify(described), { mode: 0o600 });
    const dataDir = join(workDir, 'app');
    mkdirSync(dataDir);
    const start = () => startBuiltWebHost({ dataDir, args: ['--device-file', deviceFile] });

    host = await start();
    const opened = await host.call('shift.open', { openingFloat: 0 });
    if (!opened.ok) throw new Error(`the shift did not open: ${JSON.stringify(opened)}`);
    const status = await host.call('device.getStatus', {});
    const taxGroups = (status.value as { capabilities: { taxGroups: VatRate[] } }).capabilities.taxGroups;
    device.setFaultRates(options.faultRates, ['sale']);

    let kills = 0;
    let journaled = 0;
    let seed = options.seed * 100_000;
    while (kills < options.kills || journaled < options.sales) {
      const running = host;
      let stopped = false;
      // Sells until the kill; a call cut by it, or refused while recovery runs, is simply over.
      const selling = (async () => {
        while (!stopped) {
          const answer = await running.call('document.submit', { document: randomSale(seed++, taxGroups) }).catch(() => undefined);
          const view = answer?.ok ? (answer.value as JournalDocumentView) : undefined;
          if (view?.state === 'done' && view.result) reportedDone.set(view.uuid, view.result.documentId);
          if (!answer?.ok) await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
      const before = countJournal(dataDir);
      // At least one more document journaled before each kill, so the run ends after its counts however slow the machine.
      for (let polls = 0; countJournal(dataDir) === before && polls < 400; polls += 1) await new Promise((resolve) => setTimeout(resolve, 25));
      await new Promise((resolve) => setTimeout(resolve, random() * 800));
      await running.kill();
      stopped = true;
      await selling;
      kills += 1;
      journaled = countJournal(dataDir);
      if (kills % 10 === 0) log(`  ${kills} kills, ${journaled} documents journaled, ${reportedDone.size} reported done`);
      host = await start();
    }

    device.clearFaults();
    let unsettled = -1;
    for (let polls = 0; unsettled !== 0 && polls < settlePolls; polls += 1) {
      const answer = await host.call('journal.status', {});
      unsettled = answer.ok ? (answer.value as { unsettled: number }).unsettled : -1;
      if (unsettled !== 0) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await host.kill();
    const compared = compare(dataDir, device, reportedDone);
    host = await start();
    const z = await host.call('report.z', {});
    if (!z.ok) throw new Error(`the Z report failed: ${JSON.stringify(z)}`);
    const record = z.value as ZReportRecord;
    if (unsettled !== 0) compared.problems.push(`${unsettled} documents still unsettled after ${settlePolls} polls`);
    return { ...compared, kills, faults: device.injected(), zDifferences: record.differences, zSales: record.device.sale.count };
  } finally {
    await host?.kill();
    await training.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}
