/**
 * Every fact-like passage of the plan, each marked covered or not by the facts
 * (coverage.ts then applies the ignore entries and folds repeats).
 *
 * Covered means:
 * - a name or system term: one of its spellings is a fact or structure name in some
 *   inflected form, or every word of it stands inside a fact name where it occurs
 *   ("KMD OPUS" inside "KMD OPUS lønberegner"), or it stands inside a milestone's dateText
 *   where that occurs (the milestone names the event: "afholdes en egentlig Erhvervskonference");
 * - a date: it stands inside an occurrence of a milestone's dateText, or a dateText
 *   writes the same date in the same words (so "7. juni" repeated needs no second
 *   milestone; a bare year never counts this way);
 * - a cue phrase: it stands inside an occurrence of an edge's evidence, or an evidence
 *   holds its whole sentence.
 *
 * Dates are read with the year of their section ("Status på 2008" -> 2008, else the plan
 * year). A plain year that is that very year ("i 2009" in a 2009 goal) says nothing the
 * structure does not, and is left out unless `allYears`; so is "løbende" (continuity, not
 * a schedule). Dates and cues in structural headings are the structure, and left out.
 */
import { classifyHeading } from "../parser/headings.js";
import type { ParsedPlan } from "../parser/types.js";
import { findCandidates } from "./candidates.js";
import { findCues } from "./cues.js";
import { findDateExpressions, type DateExpression } from "./danish-dates.js";
import type { FactIndex } from "./fact-index.js";
import { hintFor } from "./hints.js";
import { sentenceAround, within, type Passage, type Span } from "./passages.js";

export type OccurrenceKind = "name" | "system" | "date" | "cue";

export interface Occurrence {
  kind: OccurrenceKind;
  text: string;
  /** Other spellings an ignore entry may use: an acronym of a compound, a date's core. */
  alternatives: string[];
  line: number;
  section: string;
  /** The sentence the text stands in. */
  context: string;
  hint: string;
  covered: boolean;
  date?: Pick<DateExpression, "start" | "end" | "precision" | "kind" | "inferredYear">;
}

export interface ScanOptions {
  allYears?: boolean;
}

interface Scan {
  plan: ParsedPlan;
  facts: FactIndex;
  passage: Passage;
  options: ScanOptions;
  /** The passage's year: that of its section. */
  year: number;
  dates: DateExpression[];
}

/** The year a section speaks of: that of its status part, else the plan year. */
export function sectionYear(section: string, planYear: number): number {
  for (const heading of section.split(" > ")) {
    const meaning = classifyHeading(heading);
    if (meaning.kind === "status") return meaning.year;
  }
  return planYear;
}

function place(scan: Scan, span: Span) {
  const line = scan.passage.lineAt(span.index);
  return { line, section: scan.plan.sectionAt(line), context: sentenceAround(scan.passage.text, span) };
}

function words(text: string, span: Span): Span[] {
  return [...text.slice(span.index, span.index + span.length).matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    index: span.index + (m.index ?? 0),
    length: m[0].length,
  }));
}

function names(scan: Scan): Occurrence[] {
  const { passage, facts } = scan;
  const mentions = facts.mentionSpans(passage);
  // A milestone's dateText names its event: "Erhvervskonference" in "i efteråret 2009 afholdes en egentlig Erhvervskonference".
  const dateTexts = facts.dateTextSpans(passage);
  // "SEP" of "pr. 01 SEP 2008" is part of a date, not a name.
  const inDate = (c: Span) => scan.dates.some((e) => within(c, { index: e.index, length: e.text.length }));
  return findCandidates(passage.text)
    .filter((c) => !inDate(c))
    .map((c) => {
      const inMentions = words(passage.text, c).every((w) => mentions.some((m) => within(w, m)));
      const inDateText = dateTexts.some((d) => within(c, d));
      const covered = inMentions || inDateText || [c.text, ...c.alternatives].some(facts.namesCover);
      const occurrence = { kind: c.kind, text: c.text, alternatives: c.alternatives, ...place(scan, c), covered };
      return { ...occurrence, hint: hintFor(occurrence) };
    });
}

function reported(e: DateExpression, year: number, options: ScanOptions): boolean {
  if (e.kind === "recurring" && e.precision === null) return !/^løbende$/iu.test(e.text);
  const sameYear =
    e.precision === "YEAR" && e.kind === "point" && e.start === `${year}-01-01` && e.end === `${year}-12-31`;
  return options.allYears === true || !sameYear;
}

function dates(scan: Scan): Occurrence[] {
  const { passage, facts } = scan;
  const spans = facts.dateTextSpans(passage);
  return scan.dates
    .filter((e) => reported(e, scan.year, scan.options))
    .map((e) => {
      const core = { index: e.core.index, length: e.core.text.length };
      const covered =
        spans.some((s) => within(core, s)) || (e.precision !== "YEAR" && facts.dateTextCovers(e.core.text));
      const { start, end, precision, kind, inferredYear } = e;
      const occurrence = {
        kind: "date" as const,
        text: e.text,
        alternatives: [e.core.text],
        ...place(scan, { index: e.index, length: e.text.length }),
        covered,
      };
      const date = { start, end, precision, kind, inferredYear };
      return { ...occurrence, date, hint: hintFor({ ...occurrence, date }) };
    });
}

function cues(scan: Scan): Occurrence[] {
  const { passage, facts } = scan;
  const spans = facts.evidenceSpans(passage);
  return findCues(passage.text).map((c) => {
    const where = place(scan, c);
    const covered = spans.some((s) => within(c, s)) || facts.evidenceHolds(where.context);
    const occurrence = { kind: "cue" as const, text: c.text, alternatives: [], ...where, covered };
    return { ...occurrence, hint: hintFor({ ...occurrence, edge: c.edge }) };
  });
}

export function scanPassages(
  plan: ParsedPlan,
  facts: FactIndex,
  passages: readonly Passage[],
  options: ScanOptions = {},
): Occurrence[] {
  return passages.flatMap((passage) => {
    // A passage lies under one heading, so it has one section and one year.
    const year = sectionYear(plan.sectionAt(passage.line), plan.year);
    const scan = { plan, facts, passage, options, year, dates: findDateExpressions(passage.text, { year }) };
    return passage.structural ? names(scan) : [...names(scan), ...dates(scan), ...cues(scan)];
  });
}
