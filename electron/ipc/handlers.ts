import type { AppContext } from '../app/context';
import { schemaVersion } from '../db/migrate';
import type { Handlers } from './dispatcher';

export function createHandlers(ctx: AppContext): Handlers {
  return {
    'app.info': () => ({
      name: ctx.productName,
      version: ctx.version,
      host: ctx.host,
      schemaVersion: schemaVersion(ctx.db),
      dataDir: ctx.dataDir,
    }),
    'settings.getLocale': () => ({ locale: ctx.settings.get('locale') }),
    'settings.setLocale': ({ locale }) => ({ locale: ctx.settings.set('locale', locale) }),
    'device.getStatus': () => ctx.device.refresh(),
  };
}
