import type { KassaApi } from '../../shared/ipc/api';
import { wire } from '../../shared/ipc/wire';
import { createWebTransport } from './web-transport';

declare global {
  interface Window {
    kassa?: KassaApi;
  }
}

/** Electron's preload provides `window.kassa`; the web host hands its token in a meta tag. */
export function pickTransport(): KassaApi {
  if (window.kassa) return window.kassa;
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${wire.tokenMeta}"]`)?.content;
  if (!token) throw new Error('Neither the Electron preload nor a web host token is present');
  return createWebTransport(token);
}
