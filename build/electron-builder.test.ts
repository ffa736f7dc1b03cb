import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const installerScript = join(root, 'build', 'installer.nsh');

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
      perMachine: true,
      allowElevation: true,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
      deleteAppDataOnUninstall: false,
      include: 'build/installer.nsh',
      installerLanguages: ['en_US', 'ru_RU', 'uk_UA'],
    });
    expect(existsSync(join(root, String(config.nsis?.include)))).toBe(true);
    expect(config.linux?.target).toEqual(['AppImage']);
    expect(existsSync(join(root, String(config.win?.icon)))).toBe(true);
  });

  it('leaves the shop office (hq/) out of the till’s installer: its page and its server-only packages', async () => {
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    expect(JSON.stringify(config.files)).toContain('"!out/hq-web/**"');
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    // electron-builder packs `dependencies`; the office's PostgreSQL client and certificate maker stay out.
    for (const serverOnly of ['pg', 'selfsigned']) {
      expect(manifest.dependencies, serverOnly).not.toHaveProperty(serverOnly);
      expect(manifest.devDependencies, serverOnly).toHaveProperty(serverOnly);
    }
  });

  it('flips Electron’s fuses so the packaged app runs only its own sealed code', async () => {
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // Every fuse is named: one left out keeps Electron's default, which is the unsafe one for most.
    expect(config.electronFuses).toStrictEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    // Asar integrity and app-from-asar need the app packed into an asar.
    expect(config.asar).not.toBe(false);
  });

  it('refuses a fuse electron-builder does not know', async () => {
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    await expect(
      validateConfiguration({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } as never }, new DebugLogger(false)),
    ).rejects.toThrow(/electronFuses/);
  });

  it('refuses a configuration with an unknown key', async () => {
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    await expect(
      validateConfiguration({ ...config, nsis: { ...config.nsis, oneClik: true } as never }, new DebugLogger(false)),
    ).rejects.toThrow(/configuration.nsis/);
  });
});

/** Windows language ids of the installer's languages, for installer.nsh's LangStrings. */
const languageIds = { en_US: 1033, ru_RU: 1049, uk_UA: 1058 } as const;

const makensis = (() => {
  try {
    execFileSync('makensis', ['-VERSION'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!makensis) console.log('[electron-builder.test] installer.nsh compile check skipped: makensis not installed (apt-get install nsis; .ci/run does)');

describe('build/installer.nsh', () => {
  const script = readFileSync(installerScript, 'utf8');

  it('asks on uninstall whether to remove the data folder, keeping it unless told, and never when silent or updating', () => {
    const macro = /!macro customUnInstall\n([\s\S]*?)!macroend/.exec(script)?.[1] ?? '';
    expect(macro).toContain('${ifNot} ${isUpdated}');
    expect(macro).toContain('${andIfNot} ${Silent}');
    expect(macro).toMatch(/MessageBox MB_YESNO\|MB_ICONQUESTION\|MB_DEFBUTTON2 "\$\(kassaRemoveData\)[^`]*" \/SD IDNO IDYES`/);
    expect(macro).toContain('RMDir /r "$APPDATA\\${PRODUCT_NAME}"');
    // The user's own folder, then back to the all-users context for the shortcuts.
    expect(macro.indexOf('SetShellVarContext current')).toBeLessThan(macro.indexOf('RMDir'));
    expect(macro.indexOf('SetShellVarContext all')).toBeGreaterThan(macro.indexOf('RMDir'));
  });

  it('has the question in every language of the installer, with Azerbaijani beside the English', async () => {
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    const languages = config.nsis?.installerLanguages as (keyof typeof languageIds)[];
    for (const language of languages) expect(script).toContain(`LangString kassaRemoveData ${languageIds[language]} "`);
    expect(script.match(/LangString kassaRemoveData/g)).toHaveLength(languages.length);
    expect(script).toContain('mağaza məlumatları da silinsin?');
  });

  it.skipIf(!makensis)('compiles with makensis, warnings as errors, in an uninstaller like electron-builder’s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kassa-nsis-'));
    try {
      // The parts of electron-builder's scripts that installer.nsh relies on.
      writeFileSync(
        join(dir, 'uninstaller.nsi'),
        [
          'Unicode true',
          '!define BUILD_UNINSTALLER',
          '!define PRODUCT_NAME "Kassa"',
          '!include LogicLib.nsh',
          '!include MUI2.nsh',
          '!macro _isUpdated _a _b _t _f',
          '  StrCmp "" "updated" `${_t}` `${_f}`',
          '!macroend',
          '!define isUpdated `"" isUpdated ""`',
          'Var installMode',
          `!include "${installerScript}"`,
          '!insertmacro MUI_UNPAGE_INSTFILES',
          ...['English', 'Russian', 'Ukrainian'].map((name) => `!insertmacro MUI_LANGUAGE "${name}"`),
          `OutFile "${join(dir, 'kassa-check.exe')}"`,
          'RequestExecutionLevel user',
          'Section',
          '  WriteUninstaller "$TEMP\\uninstall.exe"',
          'SectionEnd',
          'Section "un.Uninstall"',
          '  StrCpy $installMode all',
          '  !insertmacro customUnInstall',
          'SectionEnd',
        ].join('\n'),
      );
      execFileSync('makensis', ['-INPUTCHARSET', 'UTF8', '-WX', '-V2', join(dir, 'uninstaller.nsi')], { stdio: 'pipe' });
      expect(existsSync(join(dir, 'kassa-check.exe'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
