import { ean13 } from '../electron/catalog/testing/barcodes';
import { counterScreenList } from '../e2e/counter-screens';
import { median, percentile, verdict } from './measure';
import { builtChunks, coldLoad, printChunks, switchTime } from './renderer-load';
import { launchBenchChromium, scanToPaint, startBenchCounter } from './web-counter';

/**
 * The cashier's screen in Chromium, through the built web host and its training device: the
 * built chunks and what the sale screen waits for; cold loads to the sale screen; a tap to each
 * other screen on a counter that has sat idle; then from the scanner's Enter to the new line
 * painted in the cart (performance marks in the page), on an empty cart and on one with 300 lines.
 */
const lines = 330;

const barcodes = Array.from({ length: lines }, (_, i) => ean13(`47699${String(i).padStart(7, '0')}`));
const csv = ['name,barcodes,code,price,vat,unit', ...barcodes.map((b, i) => `Məhsul ${i},${b},P${i},${(1 + (i % 50)).toFixed(2)},vat18,piece`)].join('\n');

const counter = await startBenchCounter('ui');
await counter.api('catalog.import', { csv, mode: 'replace' });
await counter.api('shift.open', { openingFloat: 0 });

printChunks(builtChunks());
const coldLoads = 9;
const browser = await launchBenchChromium();
const loads = [];
for (let i = 0; i < coldLoads; i++) loads.push(await coldLoad(browser, counter.url));
await browser.close();
const showLoad = (name: string, values: number[]) => console.log(`${name.padEnd(46)} median ${median(values).toFixed(1).padStart(8)} ms   min ${Math.min(...values).toFixed(1).padStart(8)} ms   max ${Math.max(...values).toFixed(1).padStart(8)} ms`);
console.log(`\nCold loads of the counter through the web host (${coldLoads}, a fresh browser context each)`);
showLoad('first paint', loads.map((l) => l.firstPaint));
showLoad('first contentful paint', loads.map((l) => l.firstContentfulPaint));
showLoad('sale screen ready (search box painted)', loads.map((l) => l.saleReady));
console.log(`scripts fetched before the sale screen was ready: ${median(loads.map((l) => l.scriptsBeforeReady))} (median)`);

// The first tap on each screen after the counter has sat idle for a moment (a cashier's first
// minute): the screens' code must be there already, no spinner.
const idlePages = 5;
const switches = new Map<string, number[]>(counterScreenList.map(({ nav }) => [nav, []]));
for (let i = 0; i < idlePages; i++) {
  const idle = await counter.open({ width: 1280, height: 800 });
  await idle.waitForTimeout(2_000);
  for (const { nav, shown } of counterScreenList) switches.get(nav)!.push(await switchTime(idle, nav, shown));
  await idle.context().browser()!.close();
}
console.log(`\nFirst tap on a screen, 2 s after the counter painted (${idlePages} fresh pages)`);
for (const [nav, times] of switches) showLoad(`${nav.slice(4)}: tap -> screen painted`, times);

const page = await counter.open({ width: 1280, height: 800 });

const small: number[] = [];
const large: number[] = [];
const render: number[] = [];
for (let i = 0; i < lines; i++) {
  const [toPaint, toCommit] = await scanToPaint(page, barcodes[i]!);
  if (i < 30) small.push(toPaint);
  if (i >= 300) {
    large.push(toPaint);
    render.push(toCommit);
  }
}
const count = await page.getByTestId('cart-lines').locator('li').count();
await counter.stop();

const show = (name: string, values: number[]) =>
  console.log(`${name.padEnd(46)} median ${median(values).toFixed(2).padStart(8)} ms   p95 ${percentile(values, 95).toFixed(2).padStart(8)} ms`);
console.log(`\nRenderer in Chromium (${count} lines in the cart at the end)`);
show('scan Enter -> line painted, cart of 0-30 lines', small);
show('scan Enter -> line painted, cart of 300+ lines', large);
show('adding a line, render and commit, 300+ lines', render);
console.log(`scan to paint median ${median(small).toFixed(2)} ms (target < 50 ms): ${verdict(median(small) < 50)}`);
console.log(`adding a line to a 300-line cart median ${median(render).toFixed(2)} ms (target < 16 ms, one frame): ${verdict(median(render) < 16)}`);
