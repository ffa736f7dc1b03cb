import { median } from './measure';
import { coldLoad, type ColdLoad } from './renderer-load';
import { launchBenchChromium, startBenchCounter } from './web-counter';

/**
 * Cold loads of two or more builds, taken in turn (A, B, C, A, B, C...), so the same load on a
 * shared machine falls on each: the fair before/after of a renderer change. Each argument is a
 * folder holding a built `out/` (copy `out/` aside before rebuilding) and a `node_modules` link.
 *   node --import tsx bench/renderer-compare.ts /tmp/before /tmp/after [--loads 21]
 */
const args = process.argv.slice(2);
const loadsAt = args.indexOf('--loads');
const loads = loadsAt >= 0 ? Number(args[loadsAt + 1]) : 21;
const builds = args.filter((arg, i) => !arg.startsWith('--') && (loadsAt < 0 || i !== loadsAt + 1));
if (builds.length < 2 || !Number.isInteger(loads) || loads < 1) {
  console.error('usage: renderer-compare.ts <build folder> <build folder> [...] [--loads n]');
  process.exit(2);
}

const home = process.cwd();
const counters = [];
for (const dir of builds) {
  // The host is started as out/main/host.js from its build's folder.
  process.chdir(dir);
  counters.push(await startBenchCounter('compare'));
}
process.chdir(home);
const browser = await launchBenchChromium();
const results: ColdLoad[][] = builds.map(() => []);
for (let i = 0; i < loads; i++) {
  for (let b = 0; b < builds.length; b++) results[b]!.push(await coldLoad(browser, counters[b]!.url));
}
await browser.close();
for (const counter of counters) await counter.stop();

console.log(`\nCold loads taken in turn, ${loads} of each build (medians, ms)`);
console.log(`${'build'.padEnd(40)}${'first paint'.padStart(14)}${'FCP'.padStart(10)}${'sale ready'.padStart(14)}`);
builds.forEach((dir, b) => {
  const of = (pick: (l: ColdLoad) => number) => median(results[b]!.map(pick)).toFixed(1);
  console.log(`${dir.padEnd(40)}${of((l) => l.firstPaint).padStart(14)}${of((l) => l.firstContentfulPaint).padStart(10)}${of((l) => l.saleReady).padStart(14)}`);
});
