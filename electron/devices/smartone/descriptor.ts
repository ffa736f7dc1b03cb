import { z } from 'zod';
import { smartOneCapabilities } from '../../../shared/devices/smartone/capabilities';
import { smartOneCashierExplanation } from '../../../shared/devices/smartone/error-keys';
import type { DriverDescriptor } from '../driver';
import { SmartOneClient } from './client';
import { discoverSmartOne } from './discovery/discover';
import { ExtIdFormat } from './document-ext-id';
import { diagnose } from './doctor';
import { startSmartOneSimulator, trainingMerchantId } from './simulator/server';
import { smartOneTorture, smartOneTrainingFaults } from './simulator/training-faults';
import { smartOneDriver } from './smartone-driver';

export const SmartOneConfig = z.object({
  /** http://<device-ip>:8008 */
  url: z.string().url().refine((url) => /^http:\/\//.test(url), 'http'),
  /** How our UUID is written as documentExtID: `uuid` (new-cashbox) or `int53` (older firmware's Integer). */
  extIdFormat: ExtIdFormat.default('uuid'),
});
export type SmartOneConfig = z.infer<typeof SmartOneConfig>;

/** The merchant id signs every request; it is sealed and never written into the journal. */
export const SmartOneSecrets = z.object({ merchantId: z.string().min(1) });
export type SmartOneSecrets = z.infer<typeof SmartOneSecrets>;

export const smartOneDescriptor: DriverDescriptor<SmartOneConfig, SmartOneSecrets> = {
  kind: 'smartone',
  config: SmartOneConfig,
  secrets: SmartOneSecrets,
  secretFields: ['merchantId'],
  settingsForm: [
    { name: 'url', label: 'setup.address', kind: 'url' },
    { name: 'merchantId', label: 'smartone.settings.merchantId', kind: 'secret' },
    {
      name: 'extIdFormat',
      label: 'smartone.settings.extIdFormat',
      kind: 'choice',
      choices: [
        { value: 'uuid', label: 'smartone.settings.extIdUuid' },
        { value: 'int53', label: 'smartone.settings.extIdInt53' },
      ],
    },
  ],
  capabilities: smartOneCapabilities,
  start: (config, secrets, context) =>
    Promise.resolve(smartOneDriver(new SmartOneClient({ url: config.url, merchantId: secrets.merchantId, answerTimeoutMs: context.answerTimeoutMs }), { extIdFormat: config.extIdFormat, now: () => new Date() })),
  doctor: (config, secrets) => diagnose({ url: config.url, merchantId: secrets.merchantId }),
  explain: smartOneCashierExplanation,
  discover: (ranges, onProgress) => discoverSmartOne({ ranges, onProgress }),
  training: {
    memoryFile: 'training-smartone.jsonl',
    async start(memoryPath, options = {}) {
      // The app's Z flow does not yet offer the drawer's cash as a withdrawal first, so the
      // training device closes with cash left; the contract tests turn the real rule (27) on.
      const simulator = await startSmartOneSimulator({ memoryFile: memoryPath, random: options.random, settings: { collectCashBeforeZ: false } });
      return {
        url: simulator.url,
        config: { url: simulator.url, extIdFormat: 'uuid' },
        secrets: { merchantId: trainingMerchantId },
        close: () => simulator.close(),
        faults: smartOneTrainingFaults(simulator),
        torture: smartOneTorture(simulator),
      };
    },
  },
};
