import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/**
 * Runs a TypeScript file in a child process on the same Node as the tests (Node 22 from the
 * `node` devDependency), never on whatever `node` happens to be first on PATH.
 */
export function spawnTs(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, ...env } });
}

/** Runs a TypeScript command-line entry to its end: its exit code and what it printed. */
export function runTs(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawnTs(script, args, env);
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out, err })));
}
