import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeviceKind } from '../shared/device';
import type { VatRate } from '../shared/fiscal/catalogue-types';
import type { OfficeStatus } from '../shared/ipc/office-channels';
import { ProductFields, type EnrolmentCodeAnswer, type ProductRow, type Shop } from '../shared/office/office-admin';
import { seededRandom } from '../electron/devices/seeded-random';
import { randomSale } from '../electron/journal/torture/random-sale';
import { countJournal } from '../electron/journal/torture/run-torture';
import { freshDatabase } from '../hq/testing/postgres';
import { startAnswerDroppingProxy, type WireCounts } from './answer-dropping-proxy';
import { OfficeProcess } from './office-process';
import { compareOfficeWithTills, type SyncComparison } from './sync-compare';
import { startBuiltWebHost, type RunningHost } from './web-host';

export interface SyncTortureOptions {
  /** One till on each: the web host's `--training` device of that system. */
  kinds: readonly [DeviceKind, DeviceKind, DeviceKind];
  /** At least this many SIGKILLs of a till, and ... */
  tillKills: number;
  /** ... this many of the office, and ... */
  officeKills: number;
  /** ... this many documents journaled on the three tills together. */
  sales: number;
  /** Share of the office's answers the wire throws away. */
  dropRate: number;
  seed: number;
  log?: (line: string) => void;
}

export interface SyncTortureReport extends SyncComparison {
  tillKills: number;
  officeKills: number;
  catalogueEdits: number;
  wire: WireCounts;
}

const manager = { name: 'Leyla Məmmədova', password: 'correct horse battery' };
/** At most this many polls, 500 ms apart, for the healed tills to send everything and catch up. */
const healPolls = 600;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Till {
  name: string;
  kind: DeviceKind;
  dataDir: string;
  host: RunningHost;
  taxGroups: VatRate[];
}

/**
 * Three tills (the built web host, `out/main/host.js`, each on its own data folder and training
 * device) joined to one office (`hq/main.ts` on a fresh PostgreSQL database) through a wire that
 * throws answers away. The tills sell over the host's HTTP API while a till or the office is
 * SIGKILLed and started again and the office edits the catalogue. Then everything heals and the
 * office must hold exactly the union of the three journals' settled documents, every figure
 * equal, without a push conflict, and each till the office's catalogue. Bounded by counts.
 */
export async function runSyncTorture(options: SyncTortureOptions): Promise<SyncTortureReport> {
  const log = options.log ?? (() => undefined);
  const random = seededRandom(options.seed);
  const workDir = mkdtempSync(join(tmpdir(), 'kassa-sync-torture-'));
  const database = await freshDatabase();
  const tills: Till[] = [];
  let office: OfficeProcess | undefined;
  let proxy: Awaited<ReturnType<typeof startAnswerDroppingProxy>> | undefined;
  try {
    office = await OfficeProcess.start(join(workDir, 'office'), database, manager);
    const theOffice = office;
    proxy = await startAnswerDroppingProxy(office.certificate(), seededRandom(options.seed + 1));
    const wire = proxy;
    wire.setTarget(office.port);
    const fingerprint = office.certificate().fingerprint;

    const shop = (await expectAnswer(office.call('POST', '/api/office/shops', { name: 'Bazar', localProductsAllowed: true }), 201)) as Shop;
    const products: string[] = [];
    let catalogueEdits = 0;
    const productFields = (n: number): ProductFields => ({
      name: `Məhsul ${n}`,
      code: `P${n}`,
      barcodes: [`4760000${String(n).padStart(6, '0')}`],
      price: 100 + Math.floor(random() * 10_000),
      vatRate: 'vat18',
      unit: n % 4 === 0 ? 'kg' : 'piece',
      codeType: 'plain',
      markingRequired: false,
      favourite: n % 3 === 0,
      position: n % 3 === 0 ? n : null,
    });
    let productNumber = 0;
    const addProduct = async () => {
      productNumber += 1;
      const made = (await expectAnswer(theOffice.call('POST', `/api/office/shops/${shop.id}/products`, productFields(productNumber)), 201)) as ProductRow;
      products.push(made.product.officeId);
    };
    for (let n = 0; n < 6; n += 1) await addProduct();

    // Each edit is one of the three the office makes most: a price, a new product, a removal.
    const editCatalogue = async () => {
      const pick = random();
      if (pick < 0.5 && products.length > 0) {
        const officeId = products[Math.floor(random() * products.length)]!;
        const listed = (await expectAnswer(theOffice.call('GET', `/api/office/shops/${shop.id}/products`), 200)) as ProductRow[];
        const row = listed.find((one) => one.product.officeId === officeId);
        if (!row) throw new Error(`product ${officeId} is missing from the office's list`);
        const fields = ProductFields.parse(Object.fromEntries(Object.entries(row.product).filter(([key]) => key !== 'officeId')));
        await expectAnswer(theOffice.call('PUT', `/api/office/products/${officeId}`, { ...fields, price: fields.price + 1 + Math.floor(random() * 500) }), 200);
      } else if (pick < 0.8 || products.length < 3) {
        await addProduct();
      } else {
        const [officeId] = products.splice(Math.floor(random() * products.length), 1);
        await expectAnswer(theOffice.call('DELETE', `/api/office/products/${officeId}`), 200);
      }
      catalogueEdits += 1;
    };

    const startTill = async (name: string, kind: DeviceKind, dataDir: string): Promise<Till> => {
      const host = await startBuiltWebHost({ dataDir, args: ['--training', kind] });
      // A shift already open answers with a refusal: either way a shift is open after this.
      await host.call('shift.open', { openingFloat: 0 });
      const status = await host.call('device.getStatus', {});
      const taxGroups = (status.value as { capabilities: { taxGroups: VatRate[] } }).capabilities.taxGroups;
      return { name, kind, dataDir, host, taxGroups };
    };

    for (const [index, kind] of options.kinds.entries()) {
      const dataDir = join(workDir, `till-${index + 1}`);
      mkdirSync(dataDir);
      const till = await startTill(`Kassa ${index + 1}`, kind, dataDir);
      const code = (await expectAnswer(office.call('POST', `/api/office/shops/${shop.id}/enrolment-codes`, {}), 201)) as EnrolmentCodeAnswer;
      const joined = await till.host.call('office.join', { address: wire.address, fingerprint, code: code.code, tillName: till.name });
      if (!joined.ok) throw new Error(`${till.name} could not join the office: ${JSON.stringify(joined)}`);
      tills.push(till);
    }
    log(`  three tills (${options.kinds.join(', ')}) joined the office's shop through the wire`);

    wire.setDropRate(options.dropRate);
    let tillKills = 0;
    let officeKills = 0;
    let seed = options.seed * 100_000;
    const journaled = () => tills.reduce((sum, till) => sum + countJournal(till.dataDir), 0);
    while (tillKills < options.tillKills || officeKills < options.officeKills || journaled() < options.sales) {
      let stopped = false;
      // Every till sells until this round's fault is over; a call cut by a kill is simply over.
      const selling = tills.map(async (till) => {
        while (!stopped) {
          const host = till.host;
          const answer = await host.call('document.submit', { document: randomSale(seed++, till.taxGroups) }).catch(() => undefined);
          if (!answer?.ok) await pause(20);
        }
      });
      const victim = tills[Math.floor(random() * tills.length)]!;
      const before = countJournal(victim.dataDir);
      // At least one more document on the victim before its fault, so the counts end the run however slow the machine.
      for (let polls = 0; countJournal(victim.dataDir) === before && polls < 400; polls += 1) await pause(25);
      await pause(random() * 800);
      if (random() < 0.5) await editCatalogue().catch((error: unknown) => log(`  catalogue edit failed: ${(error as Error).message}`));
      const officeTurn = officeKills < options.officeKills && (tillKills >= options.tillKills || random() < options.officeKills / (options.officeKills + options.tillKills));
      if (officeTurn) {
        await office.kill();
        officeKills += 1;
        // The tills go on selling and pushing into a dead office for a while.
        await pause(200 + random() * 1500);
        await office.restart();
        wire.setTarget(office.port);
      } else {
        await victim.host.kill();
        tillKills += 1;
      }
      stopped = true;
      await Promise.all(selling);
      if (!officeTurn) Object.assign(victim, await startTill(victim.name, victim.kind, victim.dataDir));
      if ((tillKills + officeKills) % 10 === 0) log(`  ${tillKills} till kills, ${officeKills} office kills, ${journaled()} documents journaled, wire ${JSON.stringify(wire.counts())}`);
    }

    // Healed: the wire passes everything; each till starts again (its first round runs at once, no backoff left over).
    wire.setDropRate(0);
    await editCatalogue();
    for (const till of tills) {
      await till.host.kill();
      Object.assign(till, await startTill(till.name, till.kind, till.dataDir));
    }
    const shopVersion = ((await expectAnswer(office.call('GET', '/api/office/shops'), 200)) as Shop[]).find((one) => one.id === shop.id)!.catalogueVersion;
    const healProblems: string[] = [];
    for (const till of tills) {
      let settled = false;
      let last: unknown;
      for (let polls = 0; !settled && polls < healPolls; polls += 1) {
        const journal = await till.host.call('journal.status', {});
        const status = await till.host.call('office.status', {});
        last = { journal: journal.value, office: status.value };
        const unsettled = journal.ok ? (journal.value as { unsettled: number }).unsettled : -1;
        const linked = status.value as OfficeStatus | undefined;
        settled = unsettled === 0 && linked?.joined === true && linked.waiting === 0 && linked.catalogueVersion === shopVersion;
        if (!settled) await pause(500);
      }
      if (!settled) healProblems.push(`${till.name} did not heal in ${healPolls} polls: ${JSON.stringify(last)}`);
    }
    for (const till of tills) await till.host.kill();

    const compared = await compareOfficeWithTills(
      database.pool,
      shop.id,
      tills.map((till) => ({ name: till.name, dataDir: till.dataDir })),
    );
    compared.problems.unshift(...healProblems);
    return { ...compared, tillKills, officeKills, catalogueEdits, wire: wire.counts() };
  } finally {
    for (const till of tills) await till.host.kill();
    await office?.kill();
    await proxy?.close();
    await database.drop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

async function expectAnswer(answer: Promise<{ status: number; body: unknown }>, status: number): Promise<unknown> {
  const { status: got, body } = await answer;
  if (got !== status) throw new Error(`the office answered ${got}, not ${status}: ${JSON.stringify(body)}`);
  return body;
}
