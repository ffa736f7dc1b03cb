import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/ipc/contract';
import { channelNames, type ChannelName } from '../../shared/ipc/names';
import { ErrorCode } from '../../shared/result';
import type { KassaApp } from '../app/create-app';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp, testManager } from '../testing/test-app';
import { adversarialPayload, arbitraryOf } from '../testing/zod-arbitrary';

/**
 * Every IPC channel of the real app (signed-in manager, training device, real SQLite file) gets
 * adversarial payloads and payloads shaped by its own schema with extreme values. Each answer must
 * be a value or a typed error other than `internal`, and no call may throw. Bounded by counts.
 */
const tempDir = useTempDirs();
let app: KassaApp;

/** Runs per channel: anything and attacks / shaped by the schema. */
const usual = { adversarial: 120, shaped: 100 };
const fewer: Partial<Record<ChannelName, { adversarial: number; shaped: number }>> = {
  // A PIN check or a new PIN costs a scrypt hash (~80 ms): fewer of those.
  'setup.createManager': { adversarial: 120, shaped: 20 },
  'session.signIn': { adversarial: 120, shaped: 20 },
  'session.approve': { adversarial: 120, shaped: 20 },
  'people.save': { adversarial: 120, shaped: 30 },
  'journal.setAside': { adversarial: 120, shaped: 20 },
  // Each writes a zip or a PDF, or closes the shift, or talks to a device at a closed loopback port.
  'diagnostics.export': { adversarial: 120, shaped: 5 },
  'report.export': { adversarial: 120, shaped: 30 },
  'report.z': { adversarial: 120, shaped: 5 },
  'devices.test': { adversarial: 120, shaped: 20 },
  'devices.activate': { adversarial: 120, shaped: 20 },
  // Documents of the right shape go to the training device: enough of them to reach its checks.
  'document.submit': { adversarial: 300, shaped: 300 },
};

/** A device switch stops the training device's sender: that channel goes last, then training again. */
const order = [...channelNames.filter((c) => c !== 'devices.activate'), 'devices.activate'] as const;

beforeAll(async () => {
  app = await startTestApp(tempDir());
  expect(await app.dispatch('shift.open', { openingFloat: 0 })).toMatchObject({ ok: true });
});
afterAll(async () => app.close());

/** The manager signed in again before each channel: a fuzzed sign-out or sign-in must not hide the handlers. */
function signInManager(): void {
  const manager = app.context.people.list().find((person) => person.name === testManager.name);
  if (manager) app.context.session.start(manager);
}

/**
 * A discovery of a loopback range would scan it for real: those are left to the discovery tests.
 * An office address a payload happens to make valid would be dialled for real, and only loopback
 * may be: those are left to electron/office's tests.
 */
function scans(channel: ChannelName, payload: unknown): boolean {
  const fields = typeof payload === 'object' && payload !== null ? (payload as { ranges?: unknown; address?: unknown }) : {};
  const { ranges, address } = fields;
  if ((channel === 'office.probe' || channel === 'office.join') && typeof address === 'string') return !/^https:\/\/127\.\d+\.\d+\.\d+(:\d+)?\/?$/i.test(address.trim());
  return channel === 'device.discover' && Array.isArray(ranges) && ranges.some((range) => typeof range === 'string' && range.trim().startsWith('127.'));
}

const typedCodes = new Set<string>(ErrorCode.options.filter((code) => code !== 'internal'));

async function answersTyped(channel: ChannelName, payload: unknown, tally: Map<string, number>): Promise<void> {
  if (scans(channel, payload)) return;
  let result;
  try {
    result = await app.dispatch(channel, payload);
  } catch (error) {
    throw new Error(`${channel} threw: ${String(error)}`);
  }
  const outcome = result.ok ? "ok" : result.error.code;
  tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
  if (!result.ok && !typedCodes.has(result.error.code)) throw new Error(`${channel} answered ${result.error.code}: ${result.error.message}`);
}

describe('fuzzing every IPC channel', () => {
  it(
    'answers every payload with a value or a typed error, never internal, never a throw',
    async () => {
      const tally = new Map<string, number>();
      let sent = 0;
      for (const channel of order) {
        const runs = fewer[channel] ?? usual;
        signInManager();
        const count = (payload: unknown) => {
          sent += 1;
          return answersTyped(channel, payload, tally);
        };
        await fc.assert(fc.asyncProperty(adversarialPayload(), count), { numRuns: runs.adversarial });
        await fc.assert(fc.asyncProperty(arbitraryOf(contract[channel].input), count), { numRuns: runs.shaped });
      }
      await app.context.station.activate('training');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(await app.dispatch('app.info', {})).toMatchObject({ ok: true });
      console.log(`IPC fuzz: ${sent} payloads over ${channelNames.length} channels; answers ${JSON.stringify(Object.fromEntries(tally))}`);
      expect(sent).toBeGreaterThanOrEqual(10_000);
    },
    600_000,
  );
});
