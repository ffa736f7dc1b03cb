import { createApp } from '../../app/create-app';
import { silentLogger } from '../../app/logger';
import { JournalBusyError } from '../document-service';
import { randomSale } from './random-sale';
import { readDeviceFile } from '../../devices/device-file';

/**
 * The app's main-process services selling without pause, for the crash torture: started and
 * SIGKILLed again and again by run-torture.ts. Each line it prints is a fact the parent checks.
 *   sell <dataDir> <deviceFile> <seed>   sell until killed
 *   settle <dataDir> <deviceFile>        recover, print "settled" when nothing is open, exit
 * The device file holds the training device's settings (devices/device-file.ts).
 */
const [mode, dataDir, deviceFile, seedText = '1'] = process.argv.slice(2);
if ((mode !== 'sell' && mode !== 'settle') || !dataDir || !deviceFile) throw new Error('usage: child sell|settle <dataDir> <deviceFile> [seed]');
const say = (line: string) => process.stdout.write(`${line}\n`);

const app = await createApp({
  host: 'web',
  dataDir,
  logger: silentLogger,
  device: readDeviceFile(deviceFile),
  backoffMs: [10, 25, 50, 100],
  answerTimeoutMs: 300,
});
const { bus, documents, journal, sender, device } = app.context;
const taxGroups = device.capabilities()?.taxGroups ?? [];
bus.subscribe((message) => {
  if (message.event === 'journal.document' && message.payload.recovered) say(`recovered ${message.payload.uuid} ${message.payload.state}`);
});
say('ready');

if (mode === 'settle') {
  for (const entry of journal.unsettled(device.id)) await sender!.settled(entry.id);
  say(`settled ${journal.unsettledCount()}`);
  await app.close();
  process.exit(0);
}

let seed = Number(seedText) * 100_000;
for (;;) {
  try {
    const entry = await documents!.submit(randomSale(seed++, taxGroups), 1_000);
    say(`journaled ${entry.uuid}`);
    const settled = entry.state === 'done' || entry.state === 'rejected' ? entry : await sender!.settled(entry.id);
    if (settled.state === 'done') say(`done ${settled.uuid} ${settled.result?.documentId ?? '-'}`);
    else say(`rejected ${settled.uuid} ${settled.errorCode}`);
  } catch (error) {
    if (!(error instanceof JournalBusyError)) throw error;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
