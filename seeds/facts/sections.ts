/**
 * The section an evidence passage comes from. A short passage can occur more than once
 * (and the table of contents repeats every heading), so the occurrence that shares the
 * longest heading path with the speaking node wins; the contents never do.
 */
import type { ParsedPlan } from "../parser/types.js";
import type { EvidenceIndex } from "./evidence.js";

export type SectionOf = (passage: string, fallback: string, opts?: { ignoreCase?: boolean }) => string;

function sharedDepth(a: string, b: string): number {
  const x = a.split(" > ");
  const y = b.split(" > ");
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n += 1;
  return n;
}

export function sectionFinder(plan: ParsedPlan, index: EvidenceIndex): SectionOf {
  return (passage, fallback, opts = {}) => {
    if (passage.trim() === "") return fallback;
    const sections = index
      .locateAll(passage, opts)
      .map((line) => plan.sectionAt(line))
      .filter((s) => s !== "" && !/^indholdsfortegnelse/i.test(s));
    let best: string | null = null;
    let bestDepth = -1;
    for (const s of sections) {
      const depth = fallback === "" ? 0 : sharedDepth(s, fallback);
      if (depth > bestDepth) [best, bestDepth] = [s, depth];
    }
    return best ?? fallback;
  };
}
