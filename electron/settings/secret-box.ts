import type { SecretProtection } from '../../shared/ipc/people-channels';

/**
 * Encrypts the secrets the app must be able to read back (device passwords). The desktop app
 * uses the OS keychain through Electron's safeStorage (electron/platform/safe-storage-box.ts);
 * the web host uses a key file in the data folder (file-key-box.ts): weaker, because whoever
 * copies the folder has the key too.
 */
export interface SecretBox {
  readonly protection: SecretProtection;
  seal(secret: string): Buffer;
  open(sealed: Buffer): string;
}
