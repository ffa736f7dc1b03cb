import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** Calls a channel the way the page does. */
  call(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
  /** SIGKILL: the app dies mid-whatever, its data folder stays. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export interface HostOptions {
  dataDir?: string;
  args?: string[];
}

/** Starts the built web host on a free port with its own data folder, as `npm start` would. */
export async function startBuiltWebHost(options: HostOptions = {}): Promise<RunningHost> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'kassa-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['out/main/host.js', '--port', '0', '--data-dir', dataDir, ...(options.args ?? [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}:\n${output}`)));
  });
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      await exited;
    }
  };
  return {
    url,
    origin: parsed.origin,
    token,
    dataDir,
    call: async (channel, input) => {
      const response = await fetch(`${parsed.origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-kassa-token': token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
    },
    kill: () => end('SIGKILL'),
    stop: async () => {
      await end('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
