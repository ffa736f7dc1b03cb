import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Debian's package (our machines, and CI after `apt-get install chromium`). */
export const debianChromium = '/usr/bin/chromium';
/** Set it to run the end-to-end tests in a Chromium of one's choice. */
export const browserOverrideVariable = 'KASSA_E2E_BROWSER';

export type E2eBrowserSource = 'chosen' | 'debian' | 'playwright' | 'provisioned';

export interface E2eBrowser {
  source: E2eBrowserSource;
  executablePath: string;
}

/** What the choice looks at, so a test can give it a fake file system and a fake download. */
export interface BrowserProbe {
  override: string | undefined;
  exists(path: string): boolean;
  /** Where Playwright keeps its own Chromium of this version, whether or not it is there. */
  playwrightChromium(): string;
  /** `npx playwright install chromium`; true when it finished without error. */
  provision(): boolean;
}

export class NoE2eBrowserError extends Error {}

/**
 * The Chromium the end-to-end tests run in: the one named in KASSA_E2E_BROWSER, else Debian's,
 * else Playwright's own, downloaded by this very call when it is missing, so `npm test` holds on
 * a fresh machine with internet.
 */
export function chooseE2eBrowser(probe: BrowserProbe): E2eBrowser {
  if (probe.override) {
    if (!probe.exists(probe.override)) throw new NoE2eBrowserError(`${browserOverrideVariable}=${probe.override}: no such file`);
    return { source: 'chosen', executablePath: probe.override };
  }
  if (probe.exists(debianChromium)) return { source: 'debian', executablePath: debianChromium };
  const playwright = probe.playwrightChromium();
  if (probe.exists(playwright)) return { source: 'playwright', executablePath: playwright };
  if (probe.provision() && probe.exists(playwright)) return { source: 'provisioned', executablePath: playwright };
  throw new NoE2eBrowserError(
    `no Chromium for the end-to-end tests: ${debianChromium} is missing and \`npx playwright install chromium\` did not install ${playwright}. ` +
      'Install Debian’s (apt-get install chromium), let Playwright download its own on a machine with internet, or name one in ' +
      `${browserOverrideVariable}.`,
  );
}

const sourceNames: Record<E2eBrowserSource, string> = {
  chosen: `the Chromium named in ${browserOverrideVariable}`,
  debian: 'Debian’s Chromium',
  playwright: 'Playwright’s Chromium',
  provisioned: 'Playwright’s Chromium, downloaded just now',
};

/** The one line `npm test` prints about it. */
export function describeE2eBrowser(browser: E2eBrowser): string {
  return `End-to-end tests run in ${sourceNames[browser.source]}: ${browser.executablePath}`;
}

const playwrightCli = createRequire(import.meta.url).resolve('@playwright/test/cli');

export const machineProbe: BrowserProbe = {
  override: process.env[browserOverrideVariable] || undefined,
  exists: existsSync,
  playwrightChromium: () => chromium.executablePath(),
  provision: () => spawnSync(process.execPath, [playwrightCli, 'install', 'chromium'], { stdio: 'inherit' }).status === 0,
};
