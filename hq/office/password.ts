import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const derive = promisify(scrypt) as (password: string, salt: Buffer, length: number, options: object) => Promise<Buffer>;

/** scrypt at N=2^15 (about 80 ms here): slow for someone trying a copied table, quick for a sign-in. */
const N = 2 ** 15;
const r = 8;
const maxmem = 64 * 1024 * 1024;

/** `scrypt$N$r$salt$hash` (p is 1), so the cost can grow without breaking stored passwords. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password.normalize('NFKC'), salt, 32, { N, r, p: 1, maxmem });
  return `scrypt$${N}$${r}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [scheme, cost, blockSize, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password.normalize('NFKC'), Buffer.from(salt, 'base64'), expected.length, { N: Number(cost), r: Number(blockSize), p: 1, maxmem });
  return timingSafeEqual(key, expected);
}

/** Compared against when the name is unknown, so a wrong name takes as long as a wrong password. */
export const unknownPersonHash = `scrypt$${N}$${r}$${randomBytes(16).toString('base64')}$${randomBytes(32).toString('base64')}`;
