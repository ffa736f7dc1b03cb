import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { unzipSync } from 'fflate';

/**
 * Fails, naming the file (and the zip entry), where any of `secrets` appears in `path`: a
 * folder, walked with every subfolder and into the zip files it holds, or a zip file. A secret
 * is looked for as typed, JSON-escaped and URL-encoded, the ways a log line, a JSON file or an
 * address would carry it; binary files (an SQLite database) are searched byte for byte.
 *
 * Returns the names of the files and entries it read, so a test can also check that it read
 * what it meant to: a search of an empty folder passes and proves nothing.
 */
export function assertNoSecrets(path: string, secrets: readonly string[]): string[] {
  if (secrets.some((secret) => secret.length === 0)) throw new Error('assertNoSecrets: an empty secret matches everything');
  const checked: string[] = [];
  const search = (name: string, bytes: Buffer) => {
    checked.push(name);
    secrets.forEach((secret, index) => {
      if (formsOf(secret).some((form) => bytes.includes(form))) {
        throw new Error(`Secret #${index + 1} (${masked(secret)}) found in ${name}`);
      }
    });
  };
  if (statSync(path).isDirectory()) searchFolder(path, path, search);
  else searchFile(basename(path), readFileSync(path), search);
  return checked;
}

type Search = (name: string, bytes: Buffer) => void;

function searchFolder(root: string, dir: string, search: Search): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) searchFolder(root, path, search);
    else if (entry.isFile()) searchFile(relative(root, path), readFileSync(path), search);
  }
}

function searchFile(name: string, bytes: Buffer, search: Search): void {
  search(name, bytes);
  if (!name.endsWith('.zip')) return;
  for (const [entry, content] of Object.entries(unzipSync(bytes))) search(`${name}:${entry}`, Buffer.from(content));
}

function formsOf(secret: string): string[] {
  return [...new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)])];
}

/** Enough to tell the secrets of a test apart, without printing one whole. */
function masked(secret: string): string {
  return `"${secret.slice(0, 2)}…", ${secret.length} characters`;
}
