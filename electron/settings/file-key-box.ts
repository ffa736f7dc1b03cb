import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretBox } from './secret-box';

export const secretKeyFile = 'secret.key';

/**
 * AES-256-GCM with a random key kept in `secret.key` beside the database, readable by its owner
 * only. It keeps passwords out of the database file and its backups, not from someone who has
 * the whole folder: the settings screen says so.
 */
export function fileKeyBox(dataDir: string): SecretBox {
  const path = join(dataDir, secretKeyFile);
  if (!existsSync(path)) writeFileSync(path, randomBytes(32), { mode: 0o600, flag: 'wx' });
  const key = readFileSync(path);
  if (key.length !== 32) throw new Error(`${path} is not a 32-byte key`);
  return {
    protection: 'file-key',
    seal(secret) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    open(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
