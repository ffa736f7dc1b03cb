import type { ChannelName } from './names';

/** How the two hosts carry the contract: Electron IPC channel names and web host routes. */
export const wire = {
  ipcInvoke: (channel: ChannelName) => `kassa:${channel}`,
  ipcEvent: 'kassa:event',
  /** The Electron preload hands main the path of a catalogue file the user picked. */
  ipcImportFile: 'kassa:import-file',
  apiPath: (channel: ChannelName) => `/api/${channel}`,
  apiPrefix: '/api/',
  eventsPath: '/events',
  /** The web host takes a picked catalogue file here, streamed to its data folder. */
  importFilePath: '/upload/catalogue',
  tokenMeta: 'kassa-host-token',
  tokenHeader: 'x-kassa-token',
  tokenQuery: 'token',
} as const;
