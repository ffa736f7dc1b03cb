import { z } from 'zod';
import { checkboxCapabilities } from '../../../shared/devices/checkbox/capabilities';
import { checkboxCashierExplanation } from '../../../shared/devices/checkbox/error-keys';
import type { DriverDescriptor } from '../driver';
import { isLoopbackHost } from '../loopback';
import { CheckboxClient, type CheckboxClientOptions } from './client';
import { diagnose } from './doctor';
import { checkboxDriver } from './driver';
import { defaultOfflineSettings } from './offline-mode';
import { defaultTaxCheckBase } from './offline-tax-link';
import { checkboxTraining } from './simulator/training-device';

/** The service's addresses (drivers/checkbox.md §1): production, and the test service public clients use. */
export const checkboxUrls = { production: 'https://api.checkbox.ua/api/v1', test: 'https://dev-api.checkbox.in.ua/api/v1' } as const;

export const CheckboxConfig = z.object({
  /** Up to /api/v1. HTTPS to the service; plain HTTP only to the training server on loopback. */
  url: z
    .string()
    .url()
    .refine((url) => url.startsWith('https://') || (url.startsWith('http://') && isLoopbackHost(new URL(url).hostname)), 'https, or http on loopback'),
  /** `pin`: the till's way, PIN with the licence key; `login`: the cashier's login and password. */
  signIn: z.enum(['pin', 'login']),
  login: z.string().default(''),
  /** Wait before each poll of a shift or receipt still on its way (public clients: 0.75-1 s). */
  pollIntervalMs: z.number().int().positive().default(1_000),
  /** Polls before a shift opening is called unknown (ambiguity A1: never failed). */
  polls: z.number().int().positive().default(30),
  /** Offline fiscal codes kept in reserve while online (offline-mode.ts: why 500). */
  offlineReserve: z.number().int().positive().default(500),
  /**
   * Answers in a row that show the service unreachable before new sales are made offline
   * (offline-mode.ts). One is a blip the journal's re-send settles; past 10 the counter waits
   * too long on a service that is gone. From the form as text, stored as a number.
   */
  unreachableAfter: z.coerce.number().int().min(1).max(10).default(defaultOfflineSettings.unreachableAfter),
  /**
   * go-online calls per attempt before a document waits for the journal's next one (SEED:234:
   * repeat until online). At least one; past 20 one document holds the queue too long.
   */
  goOnlineCalls: z.coerce.number().int().min(1).max(20).default(defaultOfflineSettings.goOnlineCalls),
  /**
   * The tax service's receipt check page that an offline receipt's QR code links to
   * (offline-tax-link.ts: the address is read from the seed's example, so a changed address is
   * a setting, not a release). Always https: the customer's phone opens it.
   */
  taxCheckUrl: z
    .string()
    .url()
    .refine((url) => url.startsWith('https://'), 'https')
    .default(defaultTaxCheckBase),
});
export type CheckboxConfig = z.infer<typeof CheckboxConfig>;

export const CheckboxSecrets = z.object({
  licenseKey: z.string().min(1),
  pin: z.string().default(''),
  password: z.string().default(''),
  /** The integration key (X-Access-Key); empty where the account needs none. */
  accessKey: z.string().default(''),
});
export type CheckboxSecrets = z.infer<typeof CheckboxSecrets>;

export function clientOptions(config: CheckboxConfig, secrets: CheckboxSecrets, answerTimeoutMs?: number): CheckboxClientOptions {
  return {
    url: config.url,
    licenseKey: secrets.licenseKey,
    signIn: config.signIn === 'pin' ? { pin: secrets.pin } : { login: config.login, password: secrets.password },
    ...(secrets.accessKey ? { accessKey: secrets.accessKey } : {}),
    ...(answerTimeoutMs === undefined ? {} : { answerTimeoutMs }),
  };
}

export const checkboxDescriptor: DriverDescriptor<CheckboxConfig, CheckboxSecrets> = {
  kind: 'checkbox',
  config: CheckboxConfig,
  secrets: CheckboxSecrets,
  secretFields: ['licenseKey', 'pin', 'password', 'accessKey'],
  settingsForm: [
    { name: 'url', label: 'checkbox.settings.url', kind: 'url' },
    {
      name: 'signIn',
      label: 'checkbox.settings.signIn',
      kind: 'choice',
      choices: [
        { value: 'pin', label: 'checkbox.settings.signInPin' },
        { value: 'login', label: 'checkbox.settings.signInLogin' },
      ],
    },
    { name: 'login', label: 'checkbox.settings.login', kind: 'text' },
    { name: 'licenseKey', label: 'checkbox.settings.licenseKey', kind: 'secret' },
    { name: 'pin', label: 'checkbox.settings.pin', kind: 'secret' },
    { name: 'password', label: 'checkbox.settings.password', kind: 'secret' },
    { name: 'accessKey', label: 'checkbox.settings.accessKey', kind: 'secret' },
    { name: 'unreachableAfter', label: 'checkbox.settings.unreachableAfter', kind: 'text', initial: String(defaultOfflineSettings.unreachableAfter), hint: 'checkbox.settings.unreachableAfterHint' },
    { name: 'goOnlineCalls', label: 'checkbox.settings.goOnlineCalls', kind: 'text', initial: String(defaultOfflineSettings.goOnlineCalls), hint: 'checkbox.settings.goOnlineCallsHint' },
    // Text, not 'url': a form's one url field is the device's address (settings-forms.test.ts); the schema still checks it.
    { name: 'taxCheckUrl', label: 'checkbox.settings.taxCheckUrl', kind: 'text', initial: defaultTaxCheckBase, hint: 'checkbox.settings.taxCheckUrlHint' },
  ],
  capabilities: checkboxCapabilities,
  start: (config, secrets, context) => checkboxDriver(new CheckboxClient(clientOptions(config, secrets, context.answerTimeoutMs)), context.logger, { polls: config.polls, intervalMs: config.pollIntervalMs }, { offline: { reserve: config.offlineReserve, unreachableAfter: config.unreachableAfter, goOnlineCalls: config.goOnlineCalls }, taxCheckBase: config.taxCheckUrl, ...(context.state ? { state: context.state } : {}) }),
  doctor: (config, secrets) => diagnose(clientOptions(config, secrets)),
  explain: checkboxCashierExplanation,
  training: checkboxTraining,
};
