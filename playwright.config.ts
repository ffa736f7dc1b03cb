import { defineConfig } from '@playwright/test';
import { chooseE2eBrowser, describeE2eBrowser, machineProbe } from './scripts/e2e-browser';

// Debian's Chromium where it is installed (our machines); Playwright's own elsewhere, downloaded
// here when missing. Playwright reads this file in its runner and again in each worker (where
// TEST_WORKER_INDEX is set): the line is printed once.
const browser = chooseE2eBrowser(machineProbe);
if (process.env.TEST_WORKER_INDEX === undefined) console.log(describeE2eBrowser(browser));

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: browser.executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
});
