/**
 * The names alone, without schemas, so the sandboxed preload can check a channel without
 * bundling zod. `contract.ts` and `events.ts` are checked against these lists by the compiler.
 */
export const channelNames = [
  'app.info',
  'settings.getLocale',
  'settings.setLocale',
  'device.getStatus',
  'document.submit',
  'document.rollBack',
  'journal.status',
  'journal.unsettled',
  'shift.open',
  'shift.status',
  'report.x',
  'catalog.search',
  'catalog.scan',
  'catalog.favourites',
  'catalog.importPreview',
  'catalog.import',
  'catalog.export',
  'device.info',
  'device.printLast',
  'device.openDrawer',
  'journal.get',
  'journal.list',
  'journal.refundable',
  'device.discover',
  'setup.status',
  'setup.createManager',
  'people.list',
  'session.current',
  'session.signIn',
  'session.signOut',
  'session.approve',
  'people.all',
  'people.save',
  'audit.list',
  'cart.clear',
  'settings.get',
  'settings.update',
  'devices.list',
  'devices.kinds',
  'devices.save',
  'devices.test',
  'devices.remove',
  'devices.activate',
  'dashboard.summary',
  'report.reconcile',
  'report.z',
  'report.zList',
  'report.zGet',
  'report.periodic',
  'report.controlTape',
  'report.export',
  'diagnostics.export',
  'diagnostics.folders',
  'credit.accounts',
  'credit.account',
  'advance.accounts',
  'startup.status',
  'startup.restore',
  'startup.startNew',
  'startup.useFolder',
  'journal.quarantine',
  'journal.setAside',
  'devices.setFeatures',
  'display.show',
] as const;
export type ChannelName = (typeof channelNames)[number];

export const eventNames = ['device.status', 'journal.progress', 'journal.document', 'discovery.progress', 'app.fault', 'display.view'] as const;
export type EventName = (typeof eventNames)[number];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && (channelNames as readonly string[]).includes(name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (eventNames as readonly string[]).includes(name);
}
