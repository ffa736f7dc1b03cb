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
  /**
   * true (the default): the shop's manager exists and is signed in, as after the setup wizard,
   * so a spec starts at the counter. false: a new data folder starts with the wizard.
   */
  signIn?: boolean;
}

/** The manager every e2e shop has (unless a spec runs the setup wizard itself). */
export const e2eManager = { name: 'Günel Quliyeva', pin: '5791' } as const;

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
  const call: RunningHost['call'] = async (channel, input) => {
    const response = await fetch(`${parsed.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-kassa-token': token },
      body: JSON.stringify(input),
    });
    return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
  };
  if (options.signIn !== false) await signInManager(call);
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
    call,
    kill: () => end('SIGKILL'),
    stop: async () => {
      await end('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Makes the e2e manager on a new shop, or signs them in again after a restart. */
async function signInManager(call: RunningHost['call']): Promise<void> {
  const setup = await call('setup.status', {});
  if ((setup.value as { needsSetup: boolean }).needsSetup) {
    const made = await call('setup.createManager', e2eManager);
    if (!made.ok) throw new Error(`could not make the e2e manager: ${JSON.stringify(made)}`);
    return;
  }
  const people = (await call('people.list', {})).value as { id: number; name: string }[];
  const manager = people.find((person) => person.name === e2eManager.name);
  if (!manager) throw new Error('the e2e manager is missing from this data folder');
  const signedIn = await call('session.signIn', { personId: manager.id, pin: e2eManager.pin });
  if (!signedIn.ok) throw new Error(`could not sign the e2e manager in: ${JSON.stringify(signedIn)}`);
}
