import { fail } from '../../shared/result';
import { isAppUrl } from '../host/app-url';

/** What the check needs of Electron's WebFrameMain, as plain data so it runs in plain Node. */
export interface SenderFrame {
  url: string;
  /** null for a window's top frame. */
  parent: unknown;
}

/**
 * Only the app's own page in the window's top frame may call the main process: not an iframe
 * (even one of the app's own), not a page that navigated elsewhere, not a frame already gone
 * (Electron gives null then).
 */
export function senderFrameTrusted(frame: SenderFrame | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}

/** The answer to a call from any other frame; the page itself never sees it. */
export const foreignSenderRefused = fail('unauthorized', 'Only the app’s own page may call the main process');
