import { createI18n, localeFromEnvironment } from '../../shared/i18n/create-i18n';
import { completeSecrets, readDeviceSettings } from '../devices/device-form';
import { DeviceSettingsError } from '../devices/device-registry';
import { checkDevice, descriptorOf, settingsForms } from '../devices/registry';
import { checkDataFolder } from './data-folder';
import { DoctorFlagError, parseDoctorFlags, type DoctorRequest } from './device-flags';

/** `npm run doctor -- [--kind K] [--<field> value … (the driver's settings form, e.g. --url http://<device>:5544)] [--data-dir DIR]` */
const t = createI18n(localeFromEnvironment(process.env.KASSA_LOCALE ?? process.env.LANG)).t;

let request: DoctorRequest;
let device: { kind: Parameters<typeof checkDevice>[0]; config: unknown; secrets: Record<string, string> } | undefined;
try {
  request = parseDoctorFlags(process.argv.slice(2), settingsForms());
  if (request.device) {
    const { kind, settings } = request.device;
    // parseDoctorFlags only names registered kinds.
    const descriptor = descriptorOf(kind)!;
    const { config, secrets } = readDeviceSettings(descriptor, settings);
    device = { kind, config, secrets: completeSecrets(descriptor, secrets, {}) };
  }
} catch (error) {
  if (!(error instanceof DoctorFlagError || error instanceof DeviceSettingsError || error instanceof TypeError)) throw error;
  console.error(t('cli.badFlag', { detail: error.message }));
  process.exit(2);
}

const lines: { ok: boolean; text: string }[] = [];
if (request.dataDir) for (const check of checkDataFolder(request.dataDir)) lines.push({ ok: check.ok, text: t(check.message, check.values) });
// A driver's own keys: the locale test checks them, not the compiler.
if (device) for (const check of await checkDevice(device.kind, device.config, device.secrets)) lines.push({ ok: check.ok, text: t(check.message as never, check.values ?? {}) });
for (const line of lines) console.log(`${line.ok ? '✓' : '✗'} ${line.text}`);
process.exitCode = lines.every((line) => line.ok) ? 0 : 1;
