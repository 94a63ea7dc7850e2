/**
 * A small seeded PRNG (mulberry32) with the draws the generator needs. Deterministic across
 * platforms: only 32-bit integer arithmetic, no Math.random.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Index in [0, n) skewed towards 0 (Zipf-like, exponent s): a few systems carry most of the use. */
  skewed(n: number, s?: number): number;
  /** k distinct items (k clamped to the list's length), in draw order. */
  sample<T>(items: readonly T[], k: number): T[];
  /** A child stream, independent of how many draws the parent makes afterwards. */
  fork(label: number): Rng;
}

/** Mixes a seed and a label into a well-spread 32-bit state. */
export function mixSeed(seed: number, label: number): number {
  let h = (seed ^ Math.imul(label + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const rng: Rng = {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)]!;
    },
    skewed: (n, s = 1.1) => {
      // Inverse-CDF on the harmonic weights 1/(i+1)^s; n is small (tens), so a scan is fine.
      let total = 0;
      for (let i = 0; i < n; i++) total += 1 / (i + 1) ** s;
      let u = next() * total;
      for (let i = 0; i < n; i++) {
        u -= 1 / (i + 1) ** s;
        if (u < 0) return i;
      }
      return n - 1;
    },
    sample: (items, k) => {
      const pool = [...items];
      const out: (typeof items)[number][] = [];
      for (let i = 0; i < Math.min(k, pool.length); i++) {
        const j = i + Math.floor(next() * (pool.length - i));
        [pool[i], pool[j]] = [pool[j]!, pool[i]!];
        out.push(pool[i]!);
      }
      return out;
    },
    fork: (label) => createRng(mixSeed(seed, label)),
  };
  return rng;
}
