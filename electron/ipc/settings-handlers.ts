import { z } from 'zod';
import { ShopSettings } from '../../shared/settings';
import { DeviceAuth, type DeviceView } from '../../shared/ipc/settings-channels';
import type { AppContext } from '../app/context';
import { rememberSecret } from '../app/logger';
import { isLoopbackHost } from '../devices/loopback';
import { documentCredentials, type DeviceRow } from '../devices/device-registry';
import { checkDevice } from '../devices/registry';
import { AppFailure } from '../app/app-failure';
import type { Handlers } from './dispatcher';

type SettingsChannel = 'settings.get' | 'settings.update' | 'devices.list' | 'devices.save' | 'devices.test' | 'devices.remove' | 'devices.activate' | 'devices.setFeatures';

/** What the device list shows of a login kept in a driver's config (Caspos's username and mode). */
const LoginView = z.object({ username: z.string(), auth: DeviceAuth });

const shopSettingKeys = Object.keys(ShopSettings.shape) as (keyof ShopSettings)[];

export function createSettingsHandlers(ctx: AppContext): Pick<Handlers, SettingsChannel> {
  const readSettings = (): ShopSettings => Object.fromEntries(shopSettingKeys.map((key) => [key, ctx.settings.get(key)])) as ShopSettings;

  const view = (row: DeviceRow): DeviceView => {
    const login = LoginView.safeParse(row.config).data;
    return {
      id: row.id,
      kind: row.kind,
      name: row.name,
      url: row.url,
      training: row.training,
      active: row.id === ctx.device.id,
      username: login?.username ?? null,
      auth: login?.auth ?? null,
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
    'devices.save': ({ id, name, url, username, password, auth }, { authority }) => {
      checkAddress(url);
      const existing = id === undefined ? undefined : ctx.devices.get(id);
      if (id !== undefined && (!existing || existing.training)) throw new AppFailure('invalid_input', `No device ${id} to change`);
      if (!existing && password === undefined) throw new AppFailure('invalid_input', 'A new device needs its password');
      if (password !== undefined) rememberSecret(ctx.logger, password);
      const row = ctx.devices.save({ kind: 'caspos', name, url, config: { url, username, auth }, secrets: { password } }, existing?.id);
      ctx.audit.record({
        action: existing ? 'deviceChanged' : 'deviceAdded',
        outcome: 'done',
        actorId: authority?.actor.id,
        approverId: authority?.approver.id,
        details: { device: row.id, url, passwordChanged: password !== undefined },
      });
      return view(row);
    },
    'devices.test': async ({ id, url, username, password, auth }) => {
      checkAddress(url);
      const stored = id === undefined ? undefined : ctx.devices.secrets(id).password;
      const secret = password ?? stored ?? documentCredentials.password;
      if (secret !== documentCredentials.password) rememberSecret(ctx.logger, secret);
      // The settings form adds Caspos devices until each driver brings its own form (its descriptor's settingsForm).
      return { checks: await checkDevice(ctx.devices.get(id ?? '')?.kind ?? 'caspos', { url, username, auth }, { password: secret }) };
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
