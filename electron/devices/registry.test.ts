import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeviceKind } from '../../shared/device';
import { casposCapabilities } from '../../shared/devices/caspos/capabilities';
import { checkboxCapabilities } from '../../shared/devices/checkbox/capabilities';
import { silentLogger } from '../app/logger';
import { useTempDirs } from '../testing/temp-dir';
import { descriptorOf, drivers, trainingMemoryFiles } from './registry';

const tempDir = useTempDirs();

/** Whether lint refuses `specifier` imported from `file`, by the rules the project's config gives that file. */
async function refused(file: string, specifier: string): Promise<boolean> {
  const config = (await new ESLint().calculateConfigForFile(file)) as { rules: Record<string, [unknown, { patterns?: { regex: string }[] }?]> };
  const patterns = config.rules['no-restricted-imports']?.[1]?.patterns ?? [];
  return patterns.some((pattern) => new RegExp(pattern.regex, 'u').test(specifier));
}

describe('the driver registry', () => {
  it('has one entry per device kind, each registered driver under its own kind', () => {
    expect(Object.keys(drivers).sort()).toEqual([...DeviceKind.options].sort());
    expect(descriptorOf('caspos')).toMatchObject({ kind: 'caspos', capabilities: casposCapabilities, secretFields: ['password'] });
    expect(descriptorOf('checkbox')).toMatchObject({ kind: 'checkbox', capabilities: checkboxCapabilities });
    expect(descriptorOf('smartx')).toMatchObject({ kind: 'smartx', capabilities: { currency: 'BYN', recovery: 'lookup' }, secretFields: ['pin'] });
    expect(descriptorOf('smartone')).toMatchObject({ kind: 'smartone', capabilities: { currency: 'AZN', recovery: 'lookup' } });
    for (const kind of DeviceKind.options) expect(descriptorOf(kind)?.kind ?? kind).toBe(kind);
    // Each training device keeps its fiscal memory in a file of its own.
    expect(trainingMemoryFiles()).toEqual(['training-device.sqlite3', 'training-checkbox.sqlite3', 'training-smartx.jsonl', 'training-smartone.jsonl']);
  });

  it('starts each training device with a driver whose recovery is the one its capabilities declare', async () => {
    for (const descriptor of Object.values(drivers)) {
      if (!descriptor?.training) continue;
      const training = await descriptor.training.start(join(tempDir(), descriptor.training.memoryFile));
      const driver = await descriptor.start(descriptor.config.parse(training.config), descriptor.secrets.parse(training.secrets), { logger: silentLogger });
      try {
        expect(driver.recovery.mode).toBe(descriptor.capabilities.recovery);
        // The journal polls only a driver that can be polled: the capability and the hook come together.
        expect(driver.completion !== undefined).toBe(descriptor.capabilities.asyncCompletion);
        expect(await driver.info()).toMatchObject({ kind: 'done' });
      } finally {
        await driver.close();
        await training.close();
      }
    }
  });

  it("lets only the registry and the driver's own folder import it; test code only its testing/ and simulator/", async () => {
    expect(await refused('electron/journal/sender.ts', '../devices/caspos/client')).toBe(true);
    expect(await refused('electron/devices/active-device.ts', './caspos/descriptor')).toBe(true);
    expect(await refused('electron/ipc/handlers.ts', '../devices/smartx/descriptor')).toBe(true);
    expect(await refused('electron/devices/registry.ts', './caspos/descriptor')).toBe(false);
    expect(await refused('electron/devices/caspos/descriptor.ts', './client')).toBe(false);
    // Texts and capabilities in shared/devices/<kind>/ are shared on purpose.
    expect(await refused('electron/devices/driver.ts', '../../shared/devices/caspos/capabilities')).toBe(false);

    expect(await refused('electron/journal/sender.test.ts', '../devices/caspos/simulator/server')).toBe(false);
    expect(await refused('electron/journal/sender.test.ts', '../devices/caspos/testing/wire')).toBe(false);
    expect(await refused('electron/journal/sender.test.ts', '../devices/caspos/client')).toBe(true);
    expect(await refused('e2e/recovery.spec.ts', '../electron/devices/caspos/mapping')).toBe(true);
    expect(await refused('bench/journal.bench.ts', '../electron/devices/caspos/simulator/server')).toBe(false);
  }, 60_000);
});
