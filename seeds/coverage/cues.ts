/**
 * Phrases by which the plan says that one thing needs, waits for or works with another:
 * the places where a DEPENDS_ON or INVOLVES edge is likely stated.
 *
 * "koordinering", "koordineret", "koordination" and the verb ("koordineres") count;
 * the adjective "koordinerende" describes a role ("en koordinerende rolle"), not a tie,
 * and does not. "forudsætning" counts in any compound ("forudsætningskabende",
 * "Grundforudsætningen"), and so do "forudsat", "forudsætter"; "budgetforudsætningerne"
 * (the budget's assumptions) does not. "når ... er" is "når"
 * followed within six words of the same sentence by "er" or "på plads".
 */
export type CueEdge = "DEPENDS_ON" | "INVOLVES";

export interface Cue {
  /** The cue as written. */
  text: string;
  index: number;
  length: number;
  edge: CueEdge;
}

const L = String.raw`(?<![\p{L}\p{N}])`;
const R = String.raw`(?![\p{L}\p{N}])`;

const CUES: ReadonlyArray<[CueEdge, RegExp]> = [
  ["INVOLVES", String.raw`i (?:et )?(?:(?:meget |særdeles )?tæt )?samarbejde${R}(?: med${R})?`],
  ["INVOLVES", String.raw`sammen med${R}`],
  ["DEPENDS_ON", String.raw`(?!budget)\p{L}*forudsætning\p{L}*|forudsat${R}|forudsætte[rs]?${R}`],
  ["DEPENDS_ON", String.raw`afhænge[rs]? af${R}|afhængig\p{L}*`],
  ["INVOLVES", String.raw`koordinering\p{L}*|koordination\p{L}*|koordinere(?:[rst]|des)?${R}`],
  ["DEPENDS_ON", String.raw`afvente[rs]?${R}`],
  ["DEPENDS_ON", String.raw`når\s+(?:[^\s.!?;:]+\s+){0,6}?(?:er|på plads)${R}`],
  ["INVOLVES", String.raw`snitflade\p{L}*`],
  ["DEPENDS_ON", String.raw`i forlængelse (?:af|heraf)${R}`],
  ["DEPENDS_ON", String.raw`efter implementering(?:en)? af${R}`],
  ["DEPENDS_ON", String.raw`jf\.`],
].map(([edge, source]) => [edge, new RegExp(`${L}(?:${source})`, "giu")] as [CueEdge, RegExp]);

export function findCues(text: string): Cue[] {
  const all: Cue[] = [];
  for (const [edge, pattern] of CUES) {
    for (const m of text.matchAll(pattern)) all.push({ text: m[0], index: m.index ?? 0, length: m[0].length, edge });
  }
  all.sort((a, b) => b.length - a.length || a.index - b.index);
  const kept: Cue[] = [];
  for (const c of all) {
    if (!kept.some((k) => c.index < k.index + k.length && k.index < c.index + c.length)) kept.push(c);
  }
  return kept.sort((a, b) => a.index - b.index);
}
