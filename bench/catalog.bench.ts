import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase } from '../electron/db/open';
import { ean13 } from '../electron/catalog/testing/barcodes';
import { csvOf, openCatalog } from '../electron/catalog/testing/catalog-db';
import { median, nowMs, percentile, row, verdict } from './measure';

/**
 * `npm run bench`: a shop's catalogue of 200,000 products imported from CSV in the main process,
 * then what the counter does with it: barcode scans and name search while the cashier types.
 */
const products = 200_000;
const lookups = 2_000;

/** A deterministic generator, so every run measures the same catalogue. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}
const rnd = random(7);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

// Words as shops in Azerbaijan, Ukraine and Belarus name their goods, in all four languages, so
// that prefixes are shared the way real ones are (çörək / чай / чорний / choc...).
const nouns = [
  'Çörək', 'Süd', 'Qatıq', 'Pendir', 'Yağ', 'Şəkər', 'Düyü', 'Çay', 'Qəhvə', 'Un', 'Yumurta', 'Ət', 'Toyuq', 'Balıq', 'Alma', 'Armud', 'Üzüm', 'Kartof', 'Soğan', 'Pomidor',
  'Хліб', 'Молоко', 'Кефір', 'Сир', 'Олія', 'Цукор', 'Рис', 'Чай', 'Кава', 'Борошно', 'Яйця', "М'ясо", 'Курка', 'Риба', 'Яблука', 'Груші', 'Виноград', 'Картопля', 'Цибуля', 'Помідори',
  'Хлеб', 'Масло', 'Сметана', 'Творог', 'Сахар', 'Гречка', 'Макароны', 'Колбаса', 'Сосиски', 'Печенье', 'Конфеты', 'Шоколад', 'Сок', 'Вода', 'Пиво', 'Йогурт', 'Мёд', 'Соль', 'Чипсы', 'Кетчуп',
  'Bread', 'Milk', 'Cheese', 'Butter', 'Sugar', 'Rice', 'Tea', 'Coffee', 'Juice', 'Water', 'Chocolate', 'Cookies', 'Yogurt', 'Honey', 'Salt', 'Pasta', 'Sausage', 'Chips', 'Soap', 'Shampoo',
];
const adjectives = [
  'ağ', 'qara', 'təzə', 'yerli', 'kənd', 'şirin', 'duzlu', 'yaşıl', 'qırmızı', 'böyük',
  'білий', 'чорний', 'свіжий', 'домашній', 'солодкий', 'зелений', 'червоний', 'великий', 'житній', 'пшеничний',
  'белый', 'чёрный', 'свежий', 'домашний', 'сладкий', 'зелёный', 'красный', 'большой', 'ржаной', 'сливочный',
  'white', 'black', 'fresh', 'organic', 'sweet', 'green', 'red', 'classic', 'light', 'premium',
];
const brands = ['Atena', 'Milla', 'Gilan', 'Sevimli', 'Galicia', 'Простоквашино', 'Roshen', 'Yaşıl Ada', 'Наш Край', 'Savushkin', 'Nestlé', 'Lipton', 'Ahmad', 'Мрія', 'Золотая Нива'];
const sizes = ['100 q', '250 q', '400 q', '500 q', '1 kq', '0,5 l', '1 l', '1,5 l', '2 l', '200 г', '450 г', '900 мл', '1 л', '10 шт', '6 pcs'];
const vats = ['vat18', 'vat18', 'vat18', 'tradeVat18', 'vatFree', 'vat0', 'simplified2', 'simplified8'];

function catalogue() {
  const names: string[] = [];
  const barcodes: string[] = [];
  const rows = [];
  for (let i = 0; i < products; i++) {
    const name = `${pick(nouns)} ${pick(adjectives)} ${pick(brands)} ${pick(sizes)}`;
    const own = [ean13(`476${String(i).padStart(9, '0')}`)];
    if (rnd() < 0.4) own.push(ean13(`482${String(i).padStart(9, '0')}`));
    names.push(name);
    barcodes.push(...own);
    const favourite = i % 1_000 === 0;
    rows.push({
      name,
      barcodes: own.join('|'),
      code: String(100_000 + i),
      price: `${Math.floor(rnd() * 200)},${String(Math.floor(rnd() * 100)).padStart(2, '0')}`,
      vat: pick(vats),
      unit: rnd() < 0.1 ? 'kg' : 'piece',
      favourite: favourite ? 'yes' : 'no',
      position: favourite ? String(i / 1_000) : '',
    });
  }
  const columns = ['name', 'barcodes', 'code', 'price', 'vat', 'unit', 'favourite', 'position'] as const;
  // The next week's price list: the same products, every price changed.
  const repriced = rows.map((r) => ({ ...r, price: r.price.replace(/^\d+/, (major) => String(Number(major) + 1)) }));
  return { csv: csvOf(rows, columns), repricedCsv: csvOf(repriced, columns), names, barcodes };
}

/** What a cashier has typed into the search box: 1 to 3 words of a name, the last one unfinished, often without Azerbaijani letters. */
function typedPrefix(name: string): string {
  const words = name.toLowerCase().split(' ');
  const from = Math.floor(rnd() * words.length);
  const taken = words.slice(from, from + 1 + Math.floor(rnd() * 3));
  const last = taken.pop()!;
  taken.push(last.slice(0, 1 + Math.floor(rnd() * last.length)));
  const typed = taken.join(' ');
  return rnd() < 0.5 ? typed : typed.replace(/ə/g, 'e').replace(/ı/g, 'i').normalize('NFD').replace(/\p{M}/gu, '');
}

const dataDir = mkdtempSync(join(tmpdir(), 'kassa-bench-catalog-'));
const { db, catalog } = openCatalog(dataDir, () => new Date());
const generated = catalogue();
console.log(`\nCatalogue: ${products.toLocaleString('en')} products, ${generated.barcodes.length.toLocaleString('en')} barcodes, ${(generated.csv.length / 1e6).toFixed(1)} MB of CSV`);

let t = nowMs();
const preview = catalog.preview(generated.csv);
const previewMs = nowMs() - t;
t = nowMs();
const imported = catalog.import(generated.csv, 'replace');
const importMs = nowMs() - t;
t = nowMs();
catalog.import(generated.csv, 'replace');
const reimportMs = nowMs() - t;
t = nowMs();
catalog.import(generated.repricedCsv, 'merge');
const mergeMs = nowMs() - t;
console.log(`preview (read and check every row): ${(previewMs / 1000).toFixed(2)} s, ${preview.valid.toLocaleString('en')} valid`);
console.log(`import into an empty catalogue: ${(importMs / 1000).toFixed(2)} s for ${imported.toLocaleString('en')} products (target < 10 s): ${verdict(importMs < 10_000 && imported === products)}`);
console.log(`import replacing the same catalogue: ${(reimportMs / 1000).toFixed(2)} s (target < 10 s): ${verdict(reimportMs < 10_000)}`);
console.log(`import merging a price list into it (every product repriced): ${(mergeMs / 1000).toFixed(2)} s (target < 10 s): ${verdict(mergeMs < 10_000)}`);

const scanMs: number[] = [];
let missed = 0;
for (let i = 0; i < lookups; i++) {
  const barcode = pick(generated.barcodes);
  t = nowMs();
  const found = catalog.scan(barcode);
  scanMs.push(nowMs() - t);
  if (!found.product) missed++;
}
console.log(row(`barcode scan, ${lookups} random barcodes`, scanMs, `${missed} not found`));
console.log(`barcode scan p95 ${percentile(scanMs, 95).toFixed(3)} ms (target < 1 ms): ${verdict(percentile(scanMs, 95) < 1 && missed === 0)}`);

const searchMs: number[] = [];
const oneLetterMs: number[] = [];
let empty = 0;
for (let i = 0; i < lookups; i++) {
  const typed = typedPrefix(pick(generated.names));
  t = nowMs();
  const found = catalog.search(typed, 30);
  const elapsed = nowMs() - t;
  searchMs.push(elapsed);
  if (typed.length === 1) oneLetterMs.push(elapsed);
  if (found.length === 0) empty++;
}
console.log(row(`name search as typed, ${lookups} prefixes`, searchMs, `${empty} found nothing`));
console.log(row(`  of them one letter (${oneLetterMs.length})`, oneLetterMs.length > 0 ? oneLetterMs : [0]));
console.log(`name search p95 ${percentile(searchMs, 95).toFixed(3)} ms, median ${median(searchMs).toFixed(3)} ms (target p95 < 5 ms): ${verdict(percentile(searchMs, 95) < 5)}`);

closeDatabase(db);
rmSync(dataDir, { recursive: true, force: true });
