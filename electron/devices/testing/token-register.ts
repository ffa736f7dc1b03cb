import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { casposCapabilities } from '../../../shared/devices/caspos/capabilities';
import type { DoctorCheck } from '../../../shared/doctor';
import type { DiscoveredDevice, DriverDescriptor } from '../driver';
import { hostsOf } from '../ranges';

/**
 * A second fiscal system that exists only in tests, to prove the settings, the doctor and discovery
 * need nothing but a descriptor: a register reached by URL with a register id and a sign-in mode,
 * two secrets sealed apart (a token and a PIN). Its device is a small HTTP server on loopback.
 */
const TokenConfig = z.object({ url: z.url(), register: z.string().min(1), mode: z.enum(['online', 'offline']) });
type TokenConfig = z.infer<typeof TokenConfig>;
const TokenSecrets = z.object({ token: z.string().min(1), pin: z.string().regex(/^\d{4}$/) });
type TokenSecrets = z.infer<typeof TokenSecrets>;

/** The one device of this system: it answers its identity, and `/check` to the right token and PIN. */
export interface TokenDevice {
  url: string;
  host: string;
  /** Every request's path and Authorization header, oldest first. */
  received: { path: string; authorization: string }[];
  close(): Promise<void>;
}

let running: TokenDevice | undefined;

export async function startTokenDevice(host: string, token: string, pin: string): Promise<TokenDevice> {
  const received: TokenDevice['received'] = [];
  const server: Server = createServer((request, response) => {
    const authorization = request.headers.authorization ?? '';
    received.push({ path: request.url ?? '', authorization });
    if (request.url === '/identity') return void response.end(JSON.stringify({ model: 'Token register', cashboxFactoryNumber: 'TR-0042' }));
    response.statusCode = authorization === `Bearer ${token}:${pin}` ? 200 : 403;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const url = `http://${host}:${(server.address() as AddressInfo).port}/`;
  running = { url, host, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
  return running;
}

async function doctor(config: TokenConfig, secrets: TokenSecrets): Promise<DoctorCheck[]> {
  const address = new URL(config.url).host;
  let status: number;
  try {
    status = (await fetch(new URL(`check?register=${config.register}&mode=${config.mode}`, config.url), { headers: { authorization: `Bearer ${secrets.token}:${secrets.pin}` } })).status;
  } catch (error) {
    return [{ name: 'reachable', ok: false, message: 'doctor.unreachable', values: { address, reason: (error as Error).message } }];
  }
  return [
    { name: 'reachable', ok: true, message: 'doctor.reachable', values: { address } },
    { name: 'login', ok: status === 200, message: status === 200 ? 'doctor.loggedIn' : 'doctor.wrongPassword' },
  ];
}

async function discover(ranges: readonly string[]): Promise<DiscoveredDevice[]> {
  const device = running;
  if (!device || !ranges.some((range) => hostsOf(range).includes(device.host))) return [];
  const info = (await (await fetch(new URL('identity', device.url))).json()) as DiscoveredDevice['info'];
  return [{ url: device.url, host: device.host, info, settings: { url: device.url, register: 'R-7', token: 'offered-token' } }];
}

export const tokenRegisterDescriptor: DriverDescriptor<TokenConfig, TokenSecrets> = {
  kind: 'smartx',
  config: TokenConfig,
  secrets: TokenSecrets,
  secretFields: ['token', 'pin'],
  settingsForm: [
    { name: 'url', label: 'setup.address', kind: 'url' },
    { name: 'register', label: 'setup.deviceName', kind: 'text' },
    { name: 'token', label: 'setup.test', kind: 'secret' },
    { name: 'pin', label: 'setup.test', kind: 'secret' },
    { name: 'mode', label: 'setup.system', kind: 'choice', choices: [{ value: 'online', label: 'setup.scan' }, { value: 'offline', label: 'setup.next' }] },
  ],
  capabilities: { ...casposCapabilities, currency: 'BYN', timeZone: 'Europe/Minsk' },
  // Settings only: a device of this system is never made the active one in these tests.
  start: () => Promise.reject(new Error('The token register sells nothing: it exists for the settings tests')),
  doctor,
  explain: () => null,
  discover: (ranges) => discover(ranges),
};
