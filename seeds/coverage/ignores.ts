/**
 * The facts file's `ignore` entries: findings judged not to be facts.
 *
 * An entry covers a finding when
 * - its section, if given, is a prefix of the finding's heading path (case and spacing
 *   aside), or is a number equal to the finding's plan line; and
 * - its text is the finding's text (case aside; for names and systems in any inflected
 *   form, or the acronym of a compound: "SKI" covers "SKI-aftaler"), or quotes more of the
 *   finding's sentence around it ("sammen med leverandører og brugere" covers that
 *   "sammen med" and no other).
 * An entry that covers nothing is stale, and so is one that covers only what facts
 * already cover: both are reported, so that the ignore list stays true.
 */
import type { FactIgnore } from "../facts/schema.js";
import { sameName } from "./name-forms.js";
import type { Occurrence } from "./occurrences.js";
import { comparable } from "./quotes.js";

export interface StaleIgnore {
  /** Position in the facts file's `ignore` list. */
  position: number;
  entry: FactIgnore;
  why: "nothing" | "covered";
}

function sectionMatches(section: string | undefined, o: Occurrence): boolean {
  if (section === undefined || section.trim() === "") return true;
  const wanted = section.trim();
  if (/^\d+$/.test(wanted)) return o.line === Number(wanted);
  return comparable(o.section).startsWith(comparable(wanted));
}

function textMatches(text: string, o: Occurrence): boolean {
  const wanted = comparable(text);
  const spellings = [o.text, ...o.alternatives];
  if (spellings.some((s) => comparable(s) === wanted)) return true;
  if ((o.kind === "name" || o.kind === "system") && spellings.some((s) => sameName(s, text))) return true;
  return comparable(o.context).includes(wanted) && spellings.some((s) => wanted.includes(comparable(s)));
}

export function ignoreMatches(entry: FactIgnore, o: Occurrence): boolean {
  return sectionMatches(entry.section, o) && textMatches(entry.text, o);
}

/** The occurrences no fact and no ignore entry covers, and the stale entries. */
export function applyIgnores(
  occurrences: readonly Occurrence[],
  ignores: readonly FactIgnore[],
): { uncovered: Occurrence[]; stale: StaleIgnore[] } {
  const used = new Set<number>();
  const redundant = new Set<number>();
  const uncovered = occurrences.filter((o) => {
    const matching = ignores.flatMap((entry, i) => (ignoreMatches(entry, o) ? [i] : []));
    for (const i of matching) (o.covered ? redundant : used).add(i);
    return !o.covered && matching.length === 0;
  });
  const stale = ignores.flatMap((entry, position): StaleIgnore[] => {
    if (used.has(position)) return [];
    return [{ position, entry, why: redundant.has(position) ? "covered" : "nothing" }];
  });
  return { uncovered, stale };
}
