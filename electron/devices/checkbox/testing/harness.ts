import { randomUUID } from 'node:crypto';
import { silentLogger } from '../../../app/logger';
import type { DocumentResult } from '../../../../shared/fiscal/device-results';
import type { FiscalDocument, ReceiptLine, SaleDocument, Tenders } from '../../../../shared/fiscal/documents';
import type { FiscalDriver, SendOutcome, StoredRequest } from '../../driver';
import { parentsByUuid } from '../../testing/parents';
import { CheckboxClient } from '../client';
import { checkboxDriver, type CheckboxDriverOptions } from '../driver';
import { startCheckboxSimulator, type CheckboxSimulator, type CheckboxSimulatorOptions } from '../simulator/server';

export interface Harness {
  simulator: CheckboxSimulator;
  client: CheckboxClient;
  driver: FiscalDriver;
  /** Builds, sends and follows a document to its end as the journal would (polls bounded by count). */
  settle(doc: FiscalDocument, uuid?: string): Promise<{ uuid: string; request: StoredRequest; outcome: SendOutcome }>;
  /** Polls an accepted document until it is found, at most `polls` times. */
  follow(uuid: string, request: StoredRequest, outcome: SendOutcome, polls?: number): Promise<SendOutcome>;
  close(): Promise<void>;
}

/** A training server and the driver over real HTTP on 127.0.0.1, polling without waiting. */
export async function startHarness(options: CheckboxSimulatorOptions = {}, driverOptions: CheckboxDriverOptions = {}): Promise<Harness> {
  const simulator = await startCheckboxSimulator(options);
  const identity = simulator.service.identity;
  const client = new CheckboxClient({ url: simulator.url, licenseKey: identity.licenseKey, signIn: { pin: identity.pin }, answerTimeoutMs: 5_000 });
  const driver = await checkboxDriver(client, silentLogger, { polls: 5, intervalMs: 0 }, driverOptions);
  const sent = new Map<string, { document: FiscalDocument; result: DocumentResult }>();
  const follow = async (uuid: string, request: StoredRequest, outcome: SendOutcome, polls = 5): Promise<SendOutcome> => {
    for (let poll = 0; poll < polls && outcome.kind === 'accepted'; poll += 1) {
      const polled = await driver.completion!.poll(uuid, request);
      if (polled.kind === 'found') return polled.outcome;
    }
    return outcome;
  };
  return {
    simulator,
    client,
    driver,
    follow,
    async settle(doc, uuid = randomUUID()) {
      const request = driver.build(doc, uuid, parentsByUuid(sent));
      const outcome = await follow(uuid, request, await driver.send(request));
      if (outcome.kind === 'done' && outcome.value) sent.set(uuid, { document: doc, result: outcome.value });
      return { uuid, request, outcome };
    },
    close: () => simulator.close(),
  };
}

export const cashier = 'Олена Коваль';

export function tenders(overrides: Partial<Tenders> = {}): Tenders {
  return { cash: 0, card: 0, bonus: 0, credit: 0, prepayment: 0, ...overrides };
}

export function line(price: number, overrides: Partial<ReceiptLine> = {}): ReceiptLine {
  return { name: 'Хліб білий', code: '4820000000017', codeType: 'ean13', quantity: 1000, unit: 'piece', price, discount: 0, vatRate: 'vat20', itemUid: 'L1', ...overrides };
}

export function sale(lines: ReceiptLine[], paid: Partial<Tenders>): SaleDocument {
  return { kind: 'sale', cashierName: cashier, lines, tenders: tenders(paid) };
}

export function cashSale(price: number, cash = price): SaleDocument {
  return sale([line(price)], { cash });
}
