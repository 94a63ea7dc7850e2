/**
 * The coverage check: everything in the plan text that looks like a fact and that neither
 * a fact nor an ignore entry of the facts file covers, with file:line and heading path.
 *
 * Flagged (details with each finder):
 * - name: proper names (capitalised words not opening a sentence) and organisation words
 *   ("-udvalget", "-forvaltningen", "direktionen", ...), candidates.ts;
 * - system: acronyms, CamelCase and dotted product names, "-system", "-modul",
 *   "-platform", "-portal" words, candidates.ts;
 * - date: every Danish date expression, danish-dates.ts; a plain year that is the
 *   section's own year and the word "løbende" are left out (occurrences.ts);
 * - cue: phrases of dependency and coordination, cues.ts.
 * The table of contents is not read; dates and cues in structural headings (department,
 * part, lettered goal, field label) are the structure itself and are not flagged.
 *
 * Covered (occurrences.ts): a name by a system, organisation, department or structure
 * title in any inflected form, or by standing inside a fact name or a milestone's dateText
 * (the milestone names its event); a date by standing
 * inside a milestone's dateText in the plan, or being written the same way as one; a cue
 * by standing inside an edge's evidence in the plan. Otherwise only an ignore entry covers
 * (ignores.ts), and an entry that covers nothing is itself reported ("stale ignore").
 *
 * Repeats are folded: one finding per name (in any inflected form), per system term and
 * per date text in each section, and one per cue phrase in each sentence; the first
 * occurrence gives the line.
 */
import type { FactIgnore, Facts } from "../facts/schema.js";
import type { ParsedPlan } from "../parser/types.js";
import { indexFacts } from "./fact-index.js";
import { applyIgnores, type StaleIgnore } from "./ignores.js";
import { sameName } from "./name-forms.js";
import { scanPassages, type Occurrence, type OccurrenceKind, type ScanOptions } from "./occurrences.js";
import { planPassages } from "./passages.js";
import { comparable } from "./quotes.js";

export type FindingKind = OccurrenceKind | "stale ignore";
export const FINDING_KINDS: readonly FindingKind[] = ["name", "system", "date", "cue", "stale ignore"];

export interface Finding {
  file: string;
  line: number;
  kind: FindingKind;
  text: string;
  section: string;
  hint: string;
  /** The sentence the text stands in ("" for a stale ignore entry). */
  context: string;
  date?: Occurrence["date"];
}

export interface CoverageInput {
  plan: ParsedPlan;
  planText: string;
  /** As shown in findings. */
  planFile: string;
  facts: Facts;
  factsFile: string;
  /** Line of a field of the facts file, e.g. ["ignore", 3]. */
  factsLineOf(path: ReadonlyArray<PropertyKey>): number;
  options?: ScanOptions;
}

export interface CoverageReport {
  findings: Finding[];
  counts: Record<FindingKind, number>;
}

function sameFinding(a: Occurrence, b: Occurrence): boolean {
  if (a.kind !== b.kind || a.section !== b.section) return false;
  if (a.kind === "name" || a.kind === "system")
    return [a.text, ...a.alternatives].some((x) => [b.text, ...b.alternatives].some((y) => sameName(x, y)));
  if (a.kind === "cue") return comparable(a.text) === comparable(b.text) && a.context === b.context;
  return comparable(a.text) === comparable(b.text);
}

function fold(occurrences: readonly Occurrence[]): Occurrence[] {
  const kept: Occurrence[] = [];
  for (const o of occurrences) if (!kept.some((k) => sameFinding(k, o))) kept.push(o);
  return kept;
}

function staleFinding(input: CoverageInput, stale: StaleIgnore): Finding {
  const entry: FactIgnore = stale.entry;
  const why = stale.why === "covered" ? "matches only what facts already cover" : "matches no finding";
  return {
    file: input.factsFile,
    line: input.factsLineOf(["ignore", stale.position]),
    kind: "stale ignore",
    text: entry.text,
    section: entry.section ?? "",
    hint: `${why}; remove the entry (or fix its text or section)`,
    context: "",
  };
}

function toFinding(file: string, o: Occurrence): Finding {
  const { kind, line, text, section, hint, context, date } = o;
  return { file, line, kind, text, section, hint, context, ...(date ? { date } : {}) };
}

export function countByKind(findings: readonly Finding[]): Record<FindingKind, number> {
  const counts = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;
  for (const f of findings) counts[f.kind] += 1;
  return counts;
}

export function checkCoverage(input: CoverageInput): CoverageReport {
  const passages = planPassages(input.planText, input.plan.sectionAt);
  const occurrences = scanPassages(input.plan, indexFacts(input.plan, input.facts), passages, input.options);
  const { uncovered, stale } = applyIgnores(occurrences, input.facts.ignore);
  const order = (k: FindingKind) => FINDING_KINDS.indexOf(k);
  const findings = [
    ...fold(uncovered).map((o) => toFinding(input.planFile, o)),
    ...stale.map((s) => staleFinding(input, s)),
  ].sort((a, b) => order(a.kind) - order(b.kind) || a.line - b.line);
  return { findings, counts: countByKind(findings) };
}
