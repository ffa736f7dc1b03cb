import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ean13 } from '../electron/catalog/testing/barcodes';
import { median, percentile, verdict } from './measure';

/**
 * The cashier's screen in Chromium, through the built web host and its training device: from the
 * scanner's Enter to the new line painted in the cart (performance marks in the page), on an
 * empty cart and on one with 300 lines already.
 */
const lines = 330;

const barcodes = Array.from({ length: lines }, (_, i) => ean13(`47699${String(i).padStart(7, '0')}`));
const csv = ['name,barcodes,code,price,vat,unit', ...barcodes.map((b, i) => `Məhsul ${i},${b},P${i},${(1 + (i % 50)).toFixed(2)},vat18,piece`)].join('\n');

const dataDir = mkdtempSync(join(tmpdir(), 'kassa-bench-ui-'));
const host = spawn(process.execPath, ['out/main/host.js', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((resolve, reject) => {
  let output = '';
  host.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
    if (match) resolve(match[0]);
  });
  host.once('exit', (code) => reject(new Error(`web host exited ${code}`)));
});
// However the run ends, the host and its data folder go with it.
process.on('exit', () => {
  host.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});
const { origin, searchParams } = new URL(url);
const api = (channel: string, input: unknown) =>
  fetch(`${origin}/api/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-kassa-token': searchParams.get('token')! }, body: JSON.stringify(input) }).then((r) => r.json());
// The first manager, as the setup wizard makes them: the station is then signed in.
await api('setup.createManager', { name: 'Bench', pin: '2468' });
await api('catalog.import', { csv, mode: 'replace' });
await api('shift.open', { openingFloat: 0 });

const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(url);
await page.getByTestId('cashier-shell').waitFor();
await page.locator('body').click();

/** Enter -> painted, and the React work of adding the line (add -> cart committed). */
async function scanAndMeasure(code: string): Promise<[number, number]> {
  await page.evaluate(() => performance.clearMarks());
  await page.keyboard.type(code, { delay: 2 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => performance.getEntriesByName('scan-painted').length > 0);
  // No helper functions inside: the page runs this text as it is, without the bundler's helpers.
  return page.evaluate(() => [
    performance.getEntriesByName('scan-painted')[0]!.startTime - performance.getEntriesByName('scan-enter')[0]!.startTime,
    performance.getEntriesByName('cart-committed').at(-1)!.startTime - performance.getEntriesByName('cart-add')[0]!.startTime,
  ] as [number, number]);
}

const small: number[] = [];
const large: number[] = [];
const render: number[] = [];
for (let i = 0; i < lines; i++) {
  const [toPaint, toCommit] = await scanAndMeasure(barcodes[i]!);
  if (i < 30) small.push(toPaint);
  if (i >= 300) {
    large.push(toPaint);
    render.push(toCommit);
  }
}
const count = await page.getByTestId('cart-lines').locator('li').count();
await browser.close();
const hostExited = new Promise((resolve) => host.once('exit', resolve));
host.kill('SIGTERM');
await hostExited;

const show = (name: string, values: number[]) =>
  console.log(`${name.padEnd(46)} median ${median(values).toFixed(2).padStart(8)} ms   p95 ${percentile(values, 95).toFixed(2).padStart(8)} ms`);
console.log(`\nRenderer in Chromium (${count} lines in the cart at the end)`);
show('scan Enter -> line painted, cart of 0-30 lines', small);
show('scan Enter -> line painted, cart of 300+ lines', large);
show('adding a line, render and commit, 300+ lines', render);
console.log(`scan to paint median ${median(small).toFixed(2)} ms (target < 50 ms): ${verdict(median(small) < 50)}`);
console.log(`adding a line to a 300-line cart median ${median(render).toFixed(2)} ms (target < 16 ms, one frame): ${verdict(median(render) < 16)}`);
