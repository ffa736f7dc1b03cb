import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { DocumentResult } from '../../../../shared/fiscal/device-results';
import type { FiscalDocument } from '../../../../shared/fiscal/documents';
import type { DeviceOutcome, FiscalDriver, SendOutcome } from '../../driver';
import { parentsByUuid } from '../../testing/parents';
import { SmartXClient } from '../client';
import { settingsOf, SmartXConfig, type SmartXSettings } from '../config';
import { smartxDriver } from '../driver';
import { startSmartXSimulator, type SmartXSimulator } from '../simulator/server';
import { trainingSections, type RegisterSettings } from '../simulator/settings';

export interface Bench {
  simulator: SmartXSimulator;
  driver: FiscalDriver;
  config: SmartXConfig;
  settings: SmartXSettings;
  /** Builds and sends `doc` under `uuid`, keeping what the register did as a parent for later documents. */
  send(doc: FiscalDocument, uuid?: string): Promise<SendOutcome>;
  close(): Promise<void>;
}

/** A training register on loopback (`register` switches its behaviour) and a driver on it, as the app would start them; `config` overrides the installer's fields. */
export async function bench(register: Partial<RegisterSettings> = {}, config: Partial<SmartXConfig> = {}, pin?: string, random?: () => number): Promise<Bench> {
  const simulator = await startSmartXSimulator({ host: '127.0.0.81', settings: register, ...(random ? { random } : {}) });
  const full = SmartXConfig.parse({ url: simulator.url, ...trainingSections, ...config });
  const settings = settingsOf(full);
  const driver = smartxDriver(new SmartXClient({ url: settings.url, pin: pin ?? simulator.register.settings.pin, operationNames: settings.operationNames, answerTimeoutMs: 5_000, cardAnswerTimeoutMs: 5_000 }), settings);
  const sent = new Map<string, { document: FiscalDocument; result: DocumentResult }>();
  return {
    simulator,
    driver,
    config: full,
    settings,
    async send(doc, uuid = randomUUID()) {
      const outcome = await driver.send(driver.build(doc, uuid, parentsByUuid(sent)));
      if (outcome.kind === 'done' && outcome.value) sent.set(uuid, { document: doc, result: outcome.value });
      return outcome;
    },
    close: () => simulator.close(),
  };
}

export function done<T>(outcome: DeviceOutcome<T> | SendOutcome): T {
  expect(outcome, JSON.stringify(outcome).slice(0, 500)).toMatchObject({ kind: 'done' });
  return (outcome as { value: T }).value;
}

export function refusedWith(outcome: DeviceOutcome<unknown> | SendOutcome, code: number): void {
  expect(outcome.kind === 'rejected' ? outcome.refusal.code : outcome, JSON.stringify(outcome).slice(0, 500)).toBe(String(code));
}

/** The register's /__state as a test reads it. */
export async function registerState(simulator: SmartXSimulator): Promise<{ documents: { type: string; operationId: string | null; total: number }[]; doubles: unknown[]; drawerCash: number; markingFlags: string[] }> {
  const response = await fetch(`http://${simulator.host}:${simulator.port}/__state`);
  return (await response.json()) as never;
}
