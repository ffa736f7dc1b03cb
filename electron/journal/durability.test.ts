import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../db/open';
import { spawnTs } from '../testing/spawn-ts';
import { useTempDirs } from '../testing/temp-dir';
import { openJournal } from './testing/journal-db';

const tempDir = useTempDirs();

describe('durability', () => {
  it('a committed document survives SIGKILL of the process that wrote it', async () => {
    const dir = tempDir();
    const child = spawnTs('electron/journal/testing/journal-writer.ts', [dir, '2']);
    const committed = await new Promise<{ uuid: string; state: string }[]>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const lines = [...output.matchAll(/^committed (\S+) (\S+)$/gm)];
        // Killed the moment it says so: nothing after the commit had a chance to run.
        if (lines.length === 2) {
          child.kill('SIGKILL');
          resolve(lines.map((m) => ({ uuid: m[1]!, state: m[2]! })));
        }
      });
      child.once('exit', (code, signal) => signal !== 'SIGKILL' && reject(new Error(`writer exited ${code}: ${output}`)));
    });
    await new Promise((resolve) => child.once('exit', resolve));
    expect(child.signalCode).toBe('SIGKILL');

    const { db, journal } = openJournal(dir);
    expect(committed.map(({ uuid }) => journal.byUuid(uuid)?.state)).toEqual(['pending', 'sending']);
    expect(journal.byUuid(committed[0]!.uuid)?.request).toContain(committed[0]!.uuid);
    closeDatabase(db);
  });
});
