import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe('electron-builder.yml', () => {
  it('passes electron-builder validation and asks for what the installer needs', async () => {
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();

    expect(config.appId).toBe('az.kassa.cashier');
    expect(config.productName).toBe('Kassa');
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(false);
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: true,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
      deleteAppDataOnUninstall: false,
    });
    expect(config.linux?.target).toEqual(['AppImage']);
    expect(existsSync(join(root, String(config.win?.icon)))).toBe(true);
  });

  it('refuses a configuration with an unknown key', async () => {
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    await expect(
      validateConfiguration({ ...config, nsis: { ...config.nsis, oneClik: true } as never }, new DebugLogger(false)),
    ).rejects.toThrow(/configuration.nsis/);
  });
});
