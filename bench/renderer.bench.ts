import { ean13 } from '../electron/catalog/testing/barcodes';
import { median, percentile, verdict } from './measure';
import { scanToPaint, startBenchCounter } from './web-counter';

/**
 * The cashier's screen in Chromium, through the built web host and its training device: from the
 * scanner's Enter to the new line painted in the cart (performance marks in the page), on an
 * empty cart and on one with 300 lines already.
 */
const lines = 330;

const barcodes = Array.from({ length: lines }, (_, i) => ean13(`47699${String(i).padStart(7, '0')}`));
const csv = ['name,barcodes,code,price,vat,unit', ...barcodes.map((b, i) => `Məhsul ${i},${b},P${i},${(1 + (i % 50)).toFixed(2)},vat18,piece`)].join('\n');

const counter = await startBenchCounter('ui');
await counter.api('catalog.import', { csv, mode: 'replace' });
await counter.api('shift.open', { openingFloat: 0 });
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
