import { safeStorage } from 'electron';
import type { SecretBox } from '../settings/secret-box';
import { fileKeyBox } from '../settings/file-key-box';

/**
 * Device passwords sealed by the OS keychain (DPAPI on Windows). Where the OS offers none (a
 * Linux desktop without a keyring), the key file is used, and the settings screen says so.
 */
export function osSecretBox(dataDir: string): SecretBox {
  if (!safeStorage.isEncryptionAvailable()) return fileKeyBox(dataDir);
  return {
    protection: 'os-keychain',
    seal: (secret) => safeStorage.encryptString(secret),
    open: (sealed) => safeStorage.decryptString(sealed),
  };
}
