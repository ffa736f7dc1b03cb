import type { ChannelName } from './names';

/** How the two hosts carry the contract: Electron IPC channel names and web host routes. */
export const wire = {
  ipcInvoke: (channel: ChannelName) => `kassa:${channel}`,
  ipcEvent: 'kassa:event',
  apiPath: (channel: ChannelName) => `/api/${channel}`,
  apiPrefix: '/api/',
  eventsPath: '/events',
  tokenMeta: 'kassa-host-token',
  tokenHeader: 'x-kassa-token',
  tokenQuery: 'token',
} as const;
