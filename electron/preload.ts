import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { KassaApi } from '../shared/ipc/api';
import { EventHub } from '../shared/ipc/event-hub';
import { isChannelName, isEventName } from '../shared/ipc/names';
import { wire } from '../shared/ipc/wire';

const hub = new EventHub(() => {
  ipcRenderer.on(wire.ipcEvent, (_event, message: { event: unknown; payload: unknown }) => hub.deliver(message));
  ipcRenderer.send(wire.ipcEvent);
});

/**
 * Only the contract's channels reach the main process; anything else is answered here, so the
 * page never gets `ipcRenderer` itself.
 */
const api: KassaApi = {
  invoke: (channel, input) =>
    isChannelName(channel)
      ? ipcRenderer.invoke(wire.ipcInvoke(channel), input)
      : Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: 'No such channel' } }),
  subscribe: (event, listener) => (isEventName(event) ? hub.subscribe(event, listener) : () => undefined),
  // The path is read here, from a File the page got from the user's pick: the page cannot name a
  // path itself, and a File it made has none (getPathForFile answers '').
  sendImportFile: (file) => {
    const path = file instanceof File ? webUtils.getPathForFile(file) : '';
    return path === ''
      ? Promise.resolve({ ok: false, error: { code: 'import_unreadable', message: 'The file was not picked from the disk' } })
      : ipcRenderer.invoke(wire.ipcImportFile, path);
  },
};

contextBridge.exposeInMainWorld('kassa', api);
