/** Digits without a leading zero, few enough for a number to hold them exactly: one number for one text. */
const numeric = /^[1-9]\d{0,14}$/;

/** Slots of the first table; it doubles when half full. */
const initialSlots = 1 << 16;

/**
 * The barcodes (or codes) of a file seen so far, for the duplicate check. A file of a million
 * products has some 2.4 million of them, mostly all digits: those are kept as numbers in one
 * open-addressed Float64Array (16 to 32 bytes each) rather than a Set, whose entries and boxed
 * numbers took some 60 bytes each. Any other text is kept in a Set as a copy, not as the
 * parser's string: V8 keeps a longer piece of text as a view of the chunk it was cut from, so
 * a set of them would keep every chunk of the file alive.
 */
export class SeenKeys {
  // 0 marks an empty slot: a numeric key is never 0 (no leading zero).
  private slots = new Float64Array(initialSlots);
  private numbers = 0;
  private readonly texts = new Set<string>();

  /** Whether `text` was seen before; it is seen from now on. */
  seen(text: string): boolean {
    if (!numeric.test(text)) {
      if (this.texts.has(text)) return true;
      this.texts.add(Buffer.from(text, 'utf8').toString('utf8'));
      return false;
    }
    const key = Number(text);
    const mask = this.slots.length - 1;
    for (let slot = hashOf(key) & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot];
      if (held === key) return true;
      if (held === 0) {
        this.slots[slot] = key;
        if (++this.numbers * 2 > this.slots.length) this.grow();
        return false;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    const mask = this.slots.length - 1;
    for (const key of old) {
      if (key === 0) continue;
      let slot = hashOf(key) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = key;
    }
  }
}

/** Mixes both halves of a key below 2^53 into 32 bits, so that barcodes sharing a prefix spread. */
function hashOf(key: number): number {
  const low = key >>> 0;
  const high = Math.floor(key / 4294967296);
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
