import { smartxCapabilities } from '../../../shared/devices/smartx/capabilities';
import { smartxCashierExplanation } from '../../../shared/devices/smartx/error-keys';
import type { DriverDescriptor } from '../driver';
import { SmartXClient } from './client';
import { settingsOf, SmartXConfig, SmartXSecrets } from './config';
import { discoverSmartX } from './discovery/discover';
import { diagnose } from './doctor';
import { smartxDriver } from './driver';
import { startSmartXSimulator } from './simulator/server';
import { trainingSections } from './simulator/settings';
import { smartxTorture, smartxTrainingFaults } from './simulator/training';

export const smartxDescriptor: DriverDescriptor<SmartXConfig, SmartXSecrets> = {
  kind: 'smartx',
  config: SmartXConfig,
  secrets: SmartXSecrets,
  secretFields: ['pin'],
  settingsForm: [
    { name: 'url', label: 'setup.address', kind: 'url' },
    { name: 'pin', label: 'smartx.settings.pin', kind: 'secret' },
    { name: 'sectionVat20', label: 'smartx.settings.sectionVat20', kind: 'text' },
    { name: 'sectionVat10', label: 'smartx.settings.sectionVat10', kind: 'text' },
    { name: 'sectionVat0', label: 'smartx.settings.sectionVat0', kind: 'text' },
    { name: 'sectionVatFree', label: 'smartx.settings.sectionVatFree', kind: 'text' },
    { name: 'opOpenShift', label: 'smartx.settings.opOpenShift', kind: 'text' },
    { name: 'opCloseShift', label: 'smartx.settings.opCloseShift', kind: 'text' },
    { name: 'opXReport', label: 'smartx.settings.opXReport', kind: 'text' },
    { name: 'opWithdraw', label: 'smartx.settings.opWithdraw', kind: 'text' },
    { name: 'opAnnul', label: 'smartx.settings.opAnnul', kind: 'text' },
    { name: 'lookupNotFound', label: 'smartx.settings.lookupNotFound', kind: 'text' },
  ],
  capabilities: smartxCapabilities,
  start(config, secrets, context) {
    const settings = settingsOf(config);
    const timeouts = context.answerTimeoutMs ? { answerTimeoutMs: context.answerTimeoutMs, cardAnswerTimeoutMs: context.answerTimeoutMs } : {};
    return Promise.resolve(smartxDriver(new SmartXClient({ url: settings.url, pin: secrets.pin, operationNames: settings.operationNames, ...timeouts }), settings));
  },
  doctor: (config, secrets) => diagnose(config, secrets),
  explain: smartxCashierExplanation,
  discover: (ranges, onProgress) => discoverSmartX({ ranges, onProgress }),
  training: {
    memoryFile: 'training-smartx.jsonl',
    async start(memoryPath, options = {}) {
      const simulator = await startSmartXSimulator({ memoryFile: memoryPath, ...(options.random ? { random: options.random } : {}) });
      return {
        url: simulator.url,
        config: SmartXConfig.parse({ url: simulator.url, ...trainingSections }),
        secrets: { pin: simulator.register.settings.pin },
        close: () => simulator.close(),
        faults: smartxTrainingFaults(simulator),
        torture: smartxTorture(simulator),
      };
    },
  },
};
