import { smartxCapabilities } from '../../../shared/devices/smartx/capabilities';
import { smartxCashierExplanation } from '../../../shared/devices/smartx/error-keys';
import type { DriverDescriptor } from '../driver';
import { SmartXClient } from './client';
import { SmartXConfig, SmartXSecrets } from './config';
import { discoverSmartX } from './discovery/discover';
import { diagnose } from './doctor';
import { smartxDriver } from './driver';
import { startSmartXSimulator } from './simulator/server';
import { trainingSectionTable } from './simulator/settings';
import { smartxTorture, smartxTrainingFaults } from './simulator/training';

export const smartxDescriptor: DriverDescriptor<SmartXConfig, SmartXSecrets> = {
  kind: 'smartx',
  config: SmartXConfig,
  secrets: SmartXSecrets,
  secretFields: ['pin'],
  settingsForm: [
    { name: 'url', label: 'setup.address', kind: 'url' },
    { name: 'pin', label: 'smartx.settings.pin', kind: 'secret' },
  ],
  capabilities: smartxCapabilities,
  start: (config, secrets, context) =>
    Promise.resolve(
      smartxDriver(
        new SmartXClient({
          url: config.url,
          pin: secrets.pin,
          operationNames: config.operationNames,
          ...(context.answerTimeoutMs ? { answerTimeoutMs: context.answerTimeoutMs, cardAnswerTimeoutMs: context.answerTimeoutMs } : {}),
        }),
        config,
      ),
    ),
  doctor: (config, secrets) => diagnose(config, secrets),
  explain: smartxCashierExplanation,
  discover: (ranges, onProgress) => discoverSmartX({ ranges, onProgress }),
  training: {
    memoryFile: 'training-smartx.jsonl',
    async start(memoryPath, options = {}) {
      const simulator = await startSmartXSimulator({ memoryFile: memoryPath, ...(options.random ? { random: options.random } : {}) });
      return {
        url: simulator.url,
        config: SmartXConfig.parse({ url: simulator.url, sections: trainingSectionTable }),
        secrets: { pin: simulator.register.settings.pin },
        close: () => simulator.close(),
        faults: smartxTrainingFaults(simulator),
        torture: smartxTorture(simulator),
      };
    },
  },
};
