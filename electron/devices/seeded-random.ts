/**
 * A small seeded generator (mulberry32), so a failing fault sequence can be replayed: every
 * training device's random faults and the crash torture draw from it.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One roll of `random` against the rates of `kinds` in their order (rates add up to 1 at most):
 * the kind the roll falls in, or undefined for the rest, where nothing is injected. Every training
 * device draws its random faults this way, so one seed replays the same faults.
 */
export function drawByRate<K extends string>(kinds: readonly K[], rates: Partial<Record<K, number>>, random: () => number): K | undefined {
  let roll = random();
  for (const kind of kinds) {
    const rate = rates[kind] ?? 0;
    if (roll < rate) return kind;
    roll -= rate;
  }
  return undefined;
}
