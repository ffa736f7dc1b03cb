import { z } from 'zod';
import { casposCapabilities } from '../../../shared/devices/caspos/capabilities';
import type { ControlTape } from '../../../shared/fiscal/device-results';
import type { DeviceOutcome, DriverDescriptor, FiscalDriver } from '../driver';
import { CasposClient } from './client';
import { discoverCaspos } from './discovery/discover';
import { diagnose } from './doctor';
import { explainCaspos } from './explain';
import { withLineSumDetail } from './line-sum-refusal';
import { buildDocumentRequest, defaultMapping, type MappingOptions } from './mapping';
import type { Outcome } from './outcome';
import { startCasposSimulator } from './simulator/server';
import { casposTortureHooks, casposTrainingFaults, trainingLogin } from './simulator/training-faults';
import { documentKindOfTapeType } from './tape-types';

export const CasposConfig = z.object({
  /** http://<device-ip>:5544/ */
  url: z.string().url().refine((url) => /^https?:\/\//.test(url), 'http or https'),
  username: z.string().min(1),
  /** `integration`: credentials ride in every body; `session`: toLogin first, again after a 401. */
  auth: z.enum(['integration', 'session']),
  /** Who computes a line's sum (mapping.ts): the document leaves `sum` optional; sending it is the safer default. */
  lineSums: z.enum(['send', 'device']).default('send'),
});
export type CasposConfig = z.infer<typeof CasposConfig>;

export const CasposSecrets = z.object({ password: z.string() });
export type CasposSecrets = z.infer<typeof CasposSecrets>;

/** Caspos's answer in neutral terms: its numeric code becomes text, explained for the cashier where the code is known. */
export function neutralOutcome<T>(outcome: Outcome<T>): DeviceOutcome<T> {
  if (outcome.kind !== 'rejected') return outcome;
  const code = String(outcome.error.code);
  return { kind: 'rejected', raw: outcome.raw, refusal: { system: 'caspos', code, deviceText: outcome.error.deviceText, cashier: explainCaspos(code, outcome.error.deviceText) } };
}

/** The tape's entries with our kind beside the device's word for it. */
function withKinds(outcome: Outcome<ControlTape>): Outcome<ControlTape> {
  if (outcome.kind !== 'done' || !outcome.value) return outcome;
  const entries = outcome.value.entries.map((entry) => ({ ...entry, kind: documentKindOfTapeType(entry.type) }));
  return { ...outcome, value: { ...outcome.value, entries } };
}

/** The running driver over a client: every answer mapped to the neutral outcome here, nowhere else. */
export function casposDriver(client: CasposClient, mapping: MappingOptions = defaultMapping, close: () => Promise<void> = async () => {}): FiscalDriver {
  return {
    build: (doc, uuid, parents) => buildDocumentRequest(doc, uuid, parents, mapping),
    // The stored operation names the answer's reader; the bytes go out as stored.
    send: async (request) =>
      withLineSumDetail(neutralOutcome(await client.sendDocument({ operation: request.operation === 'closeShift' ? 'closeShift' : 'sale', body: request.body })), request),
    // The device de-duplicates our documentUUID (code 1): a lost answer is settled by sending again.
    recovery: { mode: 'resend' },
    openShift: async (cashierName, openingFloat) => neutralOutcome(await client.openShift(cashierName, openingFloat)),
    shiftStatus: async () => neutralOutcome(await client.getShiftStatus()),
    xReport: async (cashierName) => neutralOutcome(await client.getXReport(cashierName)),
    periodicReport: async (from, to) => neutralOutcome(await client.getPeriodicZReport(from, to)),
    controlTape: async () => neutralOutcome(withKinds(await client.getControlTape())),
    info: async () => neutralOutcome(await client.getInfo()),
    printLast: async () => neutralOutcome(await client.printLastCheque()),
    openDrawer: async () => neutralOutcome(await client.openCashbox()),
    close,
  };
}

/**
 * A found device's form: its address, and the integration password the device sets when its
 * integration service is enabled ("password" and the serial's last four digits), only offered.
 */
function suggestedSettings(url: string, factoryNumber: string | undefined): Record<string, string> {
  return factoryNumber && factoryNumber.length >= 4 ? { url, password: `password${factoryNumber.slice(-4)}` } : { url };
}

export const casposDescriptor: DriverDescriptor<CasposConfig, CasposSecrets> = {
  kind: 'caspos',
  config: CasposConfig,
  secrets: CasposSecrets,
  secretFields: ['password'],
  settingsForm: [
    { name: 'url', label: 'caspos.settings.url', kind: 'url', placeholder: 'http://<IP>:5544/' },
    // The API document's stand-in login (username/password), which the doctor takes when none is given.
    { name: 'username', label: 'caspos.settings.username', kind: 'text', initial: 'username' },
    { name: 'password', label: 'caspos.settings.password', kind: 'secret', initial: 'password', hint: 'caspos.settings.passwordRule' },
    {
      name: 'auth',
      label: 'caspos.settings.auth',
      kind: 'choice',
      choices: [
        { value: 'integration', label: 'caspos.settings.authIntegration' },
        { value: 'session', label: 'caspos.settings.authSession' },
      ],
    },
    {
      name: 'lineSums',
      label: 'caspos.settings.lineSums',
      kind: 'choice',
      choices: [
        { value: 'send', label: 'caspos.settings.lineSumsSend' },
        { value: 'device', label: 'caspos.settings.lineSumsDevice' },
      ],
    },
  ],
  capabilities: casposCapabilities,
  start: (config, secrets, context) =>
    Promise.resolve(
      casposDriver(new CasposClient({ url: config.url, credentials: { username: config.username, password: secrets.password }, auth: config.auth, answerTimeoutMs: context.answerTimeoutMs }), {
        lineSums: config.lineSums,
      }),
    ),
  doctor: (config, secrets) => diagnose({ url: config.url, username: config.username, password: secrets.password, session: config.auth === 'session' }),
  explain: explainCaspos,
  discover: async (ranges, onProgress) => (await discoverCaspos({ ranges, onProgress })).map((device) => ({ ...device, settings: suggestedSettings(device.url, device.info.cashboxFactoryNumber) })),
  training: {
    memoryFile: 'training-device.sqlite3',
    async start(memoryPath, options = {}) {
      const simulator = await startCasposSimulator({ memoryFile: memoryPath, random: options.random });
      // The training device takes the document's stand-in login, as a device in integration mode does.
      return {
        url: simulator.url,
        config: { url: simulator.url, username: trainingLogin.username, auth: 'integration', lineSums: 'send' },
        secrets: { password: trainingLogin.password },
        close: () => simulator.close(),
        faults: casposTrainingFaults(simulator),
        torture: casposTortureHooks(simulator, trainingLogin),
      };
    },
  },
};
