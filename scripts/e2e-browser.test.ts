import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { chooseE2eBrowser, debianChromium, describeE2eBrowser, NoE2eBrowserError, type BrowserProbe } from './e2e-browser';

const playwrightPath = '/home/dev/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A machine with these files; `download` says whether Playwright's download works there. */
function machine(files: string[], options: { download?: boolean; override?: string } = {}) {
  const present = new Set(files);
  const downloads: string[] = [];
  const probe: BrowserProbe = {
    override: options.override,
    exists: (path) => present.has(path),
    playwrightChromium: () => playwrightPath,
    provision: () => {
      downloads.push('chromium');
      if (options.download) present.add(playwrightPath);
      return options.download ?? false;
    },
  };
  return { probe, downloads };
}

describe('chooseE2eBrowser', () => {
  it('takes Debian’s Chromium first and downloads nothing', () => {
    const { probe, downloads } = machine([debianChromium, playwrightPath]);
    expect(chooseE2eBrowser(probe)).toEqual({ source: 'debian', executablePath: debianChromium });
    expect(downloads).toEqual([]);
  });

  it('takes Playwright’s installed Chromium when Debian’s is missing', () => {
    const { probe, downloads } = machine([playwrightPath]);
    expect(chooseE2eBrowser(probe)).toEqual({ source: 'playwright', executablePath: playwrightPath });
    expect(downloads).toEqual([]);
  });

  it('downloads Playwright’s Chromium on a fresh machine, once', () => {
    const { probe, downloads } = machine([], { download: true });
    expect(chooseE2eBrowser(probe)).toEqual({ source: 'provisioned', executablePath: playwrightPath });
    expect(downloads).toEqual(['chromium']);
  });

  it('says what to do when there is none and the download fails or installs nothing', () => {
    const failed = machine([], { download: false });
    expect(() => chooseE2eBrowser(failed.probe)).toThrow(NoE2eBrowserError);
    expect(() => chooseE2eBrowser(failed.probe)).toThrow(/apt-get install chromium/);
    const empty = machine([]);
    empty.probe.provision = () => true;
    expect(() => chooseE2eBrowser(empty.probe)).toThrow(/did not install/);
  });

  it('takes the browser named in KASSA_E2E_BROWSER over all others, and refuses a missing one', () => {
    const chosen = machine([debianChromium, '/opt/chromium/chrome'], { override: '/opt/chromium/chrome' });
    expect(chooseE2eBrowser(chosen.probe)).toEqual({ source: 'chosen', executablePath: '/opt/chromium/chrome' });
    const missing = machine([debianChromium], { override: '/opt/nothing' });
    expect(() => chooseE2eBrowser(missing.probe)).toThrow('KASSA_E2E_BROWSER=/opt/nothing: no such file');
  });
});

describe('describeE2eBrowser', () => {
  it('says in one line which browser and where', () => {
    for (const source of ['chosen', 'debian', 'playwright', 'provisioned'] as const) {
      const line = describeE2eBrowser({ source, executablePath: '/x/chrome' });
      expect(line).toMatch(/^End-to-end tests run in .+: \/x\/chrome$/);
      expect(line).not.toContain('\n');
    }
    expect(describeE2eBrowser({ source: 'debian', executablePath: debianChromium })).toBe(
      'End-to-end tests run in Debian’s Chromium: /usr/bin/chromium',
    );
  });
});

describe('playwright.config.ts', () => {
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  const list = (browser: string) =>
    spawnSync(process.execPath, [cli, 'test', '--list', 'e2e/approval.spec.ts'], {
      env: { ...process.env, KASSA_E2E_BROWSER: browser },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('runs the tests in the chosen browser and says so in one line', () => {
    // Any existing executable will do: --list launches nothing.
    const listed = list(process.execPath);
    expect(listed.status, listed.stderr).toBe(0);
    const lines = listed.stdout.split('\n').filter((line) => line.startsWith('End-to-end tests run in'));
    expect(lines).toEqual([`End-to-end tests run in the Chromium named in KASSA_E2E_BROWSER: ${process.execPath}`]);
  });

  it('stops before any test when the browser cannot be had, saying why', () => {
    const listed = list('/nonexistent/chromium');
    expect(listed.status).not.toBe(0);
    expect(listed.stdout + listed.stderr).toContain('KASSA_E2E_BROWSER=/nonexistent/chromium: no such file');
  });
});
