import { ean13 } from '../electron/catalog/testing/barcodes';
import { csvOf } from '../electron/catalog/testing/catalog-db';

/**
 * A busy shop's catalogue for the benchmarks (bench/catalog.bench.ts in the main process,
 * bench/counter.bench.ts through the web host), and what its cashiers type into the search box.
 */

/** A deterministic generator, so every run measures the same catalogue. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

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

/** The same shop on every run with the same seed: its catalogue, random picks and typed searches. */
export function busyShop(seed: number) {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

  function catalogue(products: number) {
    const names: string[] = [];
    const barcodes: string[] = [];
    // What a scan adds as a line at once: a weighed product asks for its weight first.
    const pieceBarcodes: string[] = [];
    const rows = [];
    for (let i = 0; i < products; i++) {
      const name = `${pick(nouns)} ${pick(adjectives)} ${pick(brands)} ${pick(sizes)}`;
      const own = [ean13(`476${String(i).padStart(9, '0')}`)];
      if (rnd() < 0.4) own.push(ean13(`482${String(i).padStart(9, '0')}`));
      names.push(name);
      barcodes.push(...own);
      const favourite = i % 1_000 === 0;
      // Drawn in this order so that every run since the first measures the same catalogue.
      const price = `${Math.floor(rnd() * 200)},${String(Math.floor(rnd() * 100)).padStart(2, '0')}`;
      const vat = pick(vats);
      const unit = rnd() < 0.1 ? 'kg' : 'piece';
      if (unit === 'piece') pieceBarcodes.push(own[0]!);
      rows.push({
        name,
        barcodes: own.join('|'),
        code: String(100_000 + i),
        price,
        vat,
        unit,
        favourite: favourite ? 'yes' : 'no',
        position: favourite ? String(i / 1_000) : '',
      });
    }
    const columns = ['name', 'barcodes', 'code', 'price', 'vat', 'unit', 'favourite', 'position'] as const;
    // The next week's price list: the same products, every price changed.
    const repriced = rows.map((r) => ({ ...r, price: r.price.replace(/^\d+/, (major) => String(Number(major) + 1)) }));
    return { csv: csvOf(rows, columns), repricedCsv: csvOf(repriced, columns), names, barcodes, pieceBarcodes };
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

  return { rnd, pick, catalogue, typedPrefix };
}
