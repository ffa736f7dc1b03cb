import type { DeviceKind } from '../../shared/device';
import { ShopSettings } from '../../shared/settings';
import type { DeviceView } from '../../shared/ipc/settings-channels';
import type { AppContext } from '../app/context';
import { completeSecrets, readDeviceSettings, settingsView } from '../devices/device-form';
import { isLoopbackHost } from '../devices/loopback';
import { rememberDeviceSecrets, type DeviceRow } from '../devices/device-registry';
import { checkDevice, descriptorOf, settingsForms } from '../devices/registry';
import { AppFailure } from '../app/app-failure';
import type { Handlers } from './dispatcher';

type SettingsChannel = 'settings.get' | 'settings.update' | 'devices.list' | 'devices.kinds' | 'devices.save' | 'devices.test' | 'devices.remove' | 'devices.activate' | 'devices.setFeatures';

const shopSettingKeys = Object.keys(ShopSettings.shape) as (keyof ShopSettings)[];

export function createSettingsHandlers(ctx: AppContext): Pick<Handlers, SettingsChannel> {
  const readSettings = (): ShopSettings => Object.fromEntries(shopSettingKeys.map((key) => [key, ctx.settings.get(key)])) as ShopSettings;

  const view = (row: DeviceRow): DeviceView => {
    const descriptor = descriptorOf(row.kind);
    return {
      id: row.id,
      kind: row.kind,
      name: row.name,
      url: row.url,
      training: row.training,
      active: row.id === ctx.device.id,
      settings: descriptor ? settingsView(descriptor, row.config) : {},
      protection: ctx.devices.protection(row.id),
      features: ctx.devices.features(row.id),
    };
  };

  // The web host serves tests and demos on this machine: it never talks to a device elsewhere.
  const checkAddress = (url: string) => {
    if (ctx.host === 'web' && !isLoopbackHost(new URL(url).hostname)) {
      throw new AppFailure('invalid_input', 'The web host reaches devices on loopback (127.0.0.0/8) only');
    }
  };

  /** The driver of a form's kind, and the device it changes (never the training device, never of another kind). */
  const formOf = (kind: DeviceKind, id: string | undefined) => {
    const descriptor = descriptorOf(kind);
    if (!descriptor) throw new AppFailure('invalid_input', `No driver for ${kind} devices`);
    const existing = id === undefined ? undefined : ctx.devices.get(id);
    if (id !== undefined && (!existing || existing.training || existing.kind !== kind)) throw new AppFailure('invalid_input', `No ${kind} device ${id} to change`);
    return { descriptor, existing };
  };

  return {
    'settings.get': readSettings,
    'settings.update': async (change) => {
      const before = readSettings();
      for (const key of shopSettingKeys) if (change[key] !== undefined) ctx.settings.set(key, change[key]);
      // A new answer timeout takes effect when the driver starts again: at once if nothing waits.
      const timeoutChanged = change.answerTimeoutSeconds !== undefined && change.answerTimeoutSeconds !== before.answerTimeoutSeconds;
      if (timeoutChanged && ctx.journal.unsettledCount(ctx.device.id) === 0) await ctx.station.activate(ctx.device.id);
      return readSettings();
    },
    'devices.list': () => ctx.devices.list().map(view),
    'devices.kinds': () => settingsForms(),
    'devices.save': ({ id, kind, name, settings }, { authority }) => {
      const { descriptor, existing } = formOf(kind, id);
      const { url, config, secrets } = readDeviceSettings(descriptor, settings);
      checkAddress(url);
      rememberDeviceSecrets(ctx.logger, secrets);
      const row = ctx.devices.save({ kind, name, url, config: config as object, secrets }, existing?.id);
      ctx.audit.record({
        action: existing ? 'deviceChanged' : 'deviceAdded',
        outcome: 'done',
        actorId: authority?.actor.id,
        approverId: authority?.approver.id,
        details: { device: row.id, url, secretsChanged: Object.keys(secrets).join(', ') },
      });
      return view(row);
    },
    'devices.test': async ({ id, kind, settings }) => {
      const { descriptor, existing } = formOf(kind, id);
      const { url, config, secrets } = readDeviceSettings(descriptor, settings);
      checkAddress(url);
      rememberDeviceSecrets(ctx.logger, secrets);
      return { checks: await checkDevice(kind, config, completeSecrets(descriptor, secrets, existing ? ctx.devices.secrets(existing.id) : {})) };
    },
    'devices.remove': ({ id }, { authority }) => {
      const unsettled = ctx.journal.unsettledCount(id);
      if (unsettled > 0) throw new AppFailure('journal_busy', `${unsettled} documents of ${id} are not settled`, { unsettled });
      ctx.devices.remove(id, ctx.device.id);
      ctx.audit.record({ action: 'deviceRemoved', outcome: 'done', actorId: authority?.actor.id, approverId: authority?.approver.id, details: { device: id } });
      return {};
    },
    'devices.activate': async ({ id }, { authority }) => {
      if (!ctx.devices.get(id)) throw new AppFailure('invalid_input', `No device ${id}`);
      const status = await ctx.station.activate(id);
      ctx.audit.record({ action: 'deviceActivated', outcome: 'done', actorId: authority?.actor.id, approverId: authority?.approver.id, details: { device: id } });
      return status;
    },
    'devices.setFeatures': ({ id, features }, { authority }) => {
      const row = ctx.devices.get(id);
      if (!row) throw new AppFailure('invalid_input', `No device ${id}`);
      const saved = ctx.devices.setFeatures(id, features);
      // The counter follows at once: the status event carries the narrowed capabilities.
      if (id === ctx.device.id) ctx.device.useFeatures(saved);
      ctx.audit.record({ action: 'deviceChanged', outcome: 'done', actorId: authority?.actor.id, approverId: authority?.approver.id, details: { device: id, ...saved } });
      return view(row);
    },
  };
}
