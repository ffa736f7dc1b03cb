import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/**
 * Runs a TypeScript file in a child process on the same Node as the tests (Node 22 from the
 * `node` devDependency), never on whatever `node` happens to be first on PATH.
 */
export function spawnTs(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, ...env } });
}
