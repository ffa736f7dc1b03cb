import type { AppContext } from '../app/context';
import type { Handlers } from './dispatcher';

/**
 * The cashier's page says what the customer sees; every window subscribed to the event bus (the
 * customer display in Electron's second window or a second browser page) shows it in the
 * customers' language, which is the shop's setting, not the cashier's.
 */
export function createDisplayHandlers(ctx: AppContext): Pick<Handlers, 'display.show'> {
  return {
    'display.show': ({ view }) => {
      ctx.bus.emit('display.view', { view, locale: ctx.settings.get('customerLocale') });
      return {};
    },
  };
}
