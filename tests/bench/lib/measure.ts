/**
 * Runs competing cases interleaved (A B A B ...) so that a noisy, shared machine slows all
 * of them alike: the ratio between them is what the bench reports, not absolute times.
 */
import { summarize, type Summary } from "./stats.js";

export interface Contender {
  name: string;
  run: () => Promise<unknown>;
}

export interface MeasureOptions {
  warmup: number;
  reps: number;
  /** Stop early (with at least 5 reps) when the round has taken this long. */
  maxMs: number;
  /** When a contender's first run takes longer than this, warm up no more and take 3 reps only. */
  slowMs?: number;
}

export async function interleaved(
  contenders: readonly Contender[],
  options: MeasureOptions,
): Promise<Record<string, Summary>> {
  let slowest = 0;
  for (const c of contenders) {
    const t = performance.now();
    await c.run();
    slowest = Math.max(slowest, performance.now() - t);
  }
  const slow = slowest > (options.slowMs ?? 2_000);
  const warmup = slow ? 0 : options.warmup - 1;
  const reps = slow ? Math.min(3, options.reps) : options.reps;
  for (let i = 0; i < warmup; i++) for (const c of contenders) await c.run();
  const samples: Record<string, number[]> = Object.fromEntries(contenders.map((c) => [c.name, []]));
  const started = performance.now();
  for (let i = 0; i < reps; i++) {
    // Alternate the order each round as well, so neither side always runs second.
    const order = i % 2 === 0 ? contenders : [...contenders].reverse();
    for (const c of order) {
      const t = performance.now();
      await c.run();
      samples[c.name]!.push(performance.now() - t);
    }
    if (i >= 4 && performance.now() - started > options.maxMs) break;
  }
  return Object.fromEntries(Object.entries(samples).map(([name, xs]) => [name, summarize(xs)]));
}
