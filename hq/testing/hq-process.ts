import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficeCertificate } from '../start/certificate';

const entry = join(import.meta.dirname, '..', 'main.ts');

/** `npm run hq` as a child process on the tests' own Node; `env` on top of this one's. */
export function spawnHq(args: string[], env: NodeJS.ProcessEnv): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', entry, ...args], { env: { ...process.env, ...env } });
}

export interface RunningHq {
  child: ChildProcessWithoutNullStreams;
  url: string;
  certificate: OfficeCertificate;
  output: () => string;
}

/** Starts the service and waits for its address line; the certificate as a till would pin it. */
export function startHq(dataDir: string, env: NodeJS.ProcessEnv): Promise<RunningHq> {
  const child = spawnHq(['--port', '0', '--data-dir', dataDir], env);
  let out = '';
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the office ended with ${code}: ${out}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /running at (https:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      const fingerprint = /\(SHA-256\)[^:]*: ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})/.exec(out)?.[1];
      if (!url || !fingerprint) return;
      child.removeAllListeners('exit');
      const cert = readFileSync(join(dataDir, 'office-cert.pem'), 'utf8');
      resolve({ child, url, certificate: { cert, key: '', fingerprint }, output: () => out });
    });
  });
}

/** Runs the entry to its end with `input` on standard input: exit code and both outputs. */
export function runHq(args: string[], env: NodeJS.ProcessEnv, input = ''): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawnHq(args, env);
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  child.stdin.end(input);
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out, err })));
}
