import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export class NoPostgresError extends Error {}

/** Debian's server programs: /usr/lib/postgresql/<major>/bin, the newest major. */
function serverBin(): string {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? readdirSync(root).filter((name) => existsSync(join(root, name, 'bin', 'initdb'))) : [];
  const newest = majors.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new NoPostgresError('initdb and pg_ctl not found under /usr/lib/postgresql');
  return join(root, newest, 'bin');
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface OwnPostgres {
  url: string;
  stop(): void;
}

/**
 * A PostgreSQL of the office's own for a try, when no DATABASE_URL is given: a cluster in
 * `<dataDir>/postgres` made by initdb at first start, listening on 127.0.0.1 only, its one role
 * protected by a random password kept in the data folder (SCRAM, not trust: other users of the
 * computer can reach 127.0.0.1 too). PostgreSQL refuses to run as root, so as root the programs
 * run as the user `postgres`, as .ci/run does.
 */
export async function startOwnPostgres(dataDir: string): Promise<OwnPostgres> {
  const bin = serverBin();
  const folder = join(dataDir, 'postgres');
  const cluster = join(folder, 'data');
  const passwordFile = join(folder, 'password');
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]) =>
    asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, program), ...args], { stdio: 'pipe' }) : execFileSync(join(bin, program), args, { stdio: 'pipe' });
  const postgresUid = asRoot ? Number(execFileSync('id', ['-u', 'postgres']).toString().trim()) : undefined;
  const ownedByPostgres = (path: string) => postgresUid !== undefined && chownSync(path, postgresUid, postgresUid);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  ownedByPostgres(folder);
  // The user postgres must pass through the data folder (not read it: the office's key stays 0600).
  if (postgresUid !== undefined) chmodSync(dataDir, 0o711);
  if (!existsSync(join(cluster, 'PG_VERSION'))) {
    writeFileSync(passwordFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
    ownedByPostgres(passwordFile);
    run('initdb', ['-D', cluster, '-U', 'postgres', '-A', 'scram-sha-256', `--pwfile=${passwordFile}`, '--no-instructions']);
  }
  const port = await freePort();
  // A cluster left running by a killed office is stopped first, so it starts on the port chosen now.
  if (existsSync(join(cluster, 'postmaster.pid'))) run('pg_ctl', ['-D', cluster, '-m', 'fast', 'stop']);
  run('pg_ctl', ['-D', cluster, '-l', join(folder, 'server.log'), '-w', '-o', `-h 127.0.0.1 -p ${port} -k ${folder}`, 'start']);
  const password = encodeURIComponent(readFileSync(passwordFile, 'utf8').trim());
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => {
      run('pg_ctl', ['-D', cluster, '-m', 'fast', '-w', 'stop']);
    },
  };
}
