/**
 * Milestones from Danish date expressions (seeds/coverage/danish-dates.ts), each read with
 * the year of its section, its kind turned into the milestone's timing:
 * deadline -> DEADLINE, start -> START, period -> PERIOD, point -> POINT.
 *
 * Rules (what makes a date a milestone rather than a passing mention):
 * - `dated-deadline` / `dated-start` / `dated-period` / `dated-point`: a date of month, day,
 *   quarter, half-year or season precision, or a range;
 * - `year-with-goal-verb`: a bare year only with a deadline or period word and a verb of
 *   completion in its sentence ("Målet skal være nået i løbet af 2009", "inden udgangen
 *   af 2009"), or a later year than the section's with "tidshorisont"/"gældende fra";
 * - a date wholly before the plan year is history (the status part), never a milestone;
 *   frequency words without a date ("årlig") are not milestones either;
 * - the same date written the same way twice in one section is one suggestion.
 */
import type { MilestoneTiming } from "../../graph/model.js";
import { findDateExpressions, type DateExpression } from "../coverage/danish-dates.js";
import { sentenceAround } from "../coverage/passages.js";
import type { LocatedPassage, Speaker } from "./speakers.js";
import type { MilestoneData } from "./types.js";

export interface MilestoneHit {
  label: string;
  quote: string;
  section: string;
  line: number;
  confidence: number;
  rule: string;
  speaker: Speaker;
  data: MilestoneData;
}

const TIMING: Record<string, MilestoneTiming> = { deadline: "DEADLINE", start: "START", period: "PERIOD", point: "POINT", recurring: "RECURRING" };
const COMPLETION = /\b(?:nået|færdig\p{L}*|implementeret|afsluttet|på plads|gældende|klar|beskrevet|gennemført|tidshorisont\p{L}*|forventes|udløber|senest)\b/iu;

function accept(e: DateExpression, sentence: string, sectionYear: number): { rule: string; confidence: number } | null {
  if (e.precision === null || e.start === null) return null;
  const wholeYears = e.precision === "RANGE" && e.start.endsWith("-01-01") && (e.end ?? "").endsWith("-12-31");
  if (e.precision !== "YEAR" && !wholeYears) return { rule: `dated-${e.kind}`, confidence: e.kind === "point" ? 0.6 : 0.8 };
  const year = Number(e.start.slice(0, 4));
  if (e.kind === "start" && /finder sted|overgang|gældende|træder i kraft/iu.test(sentence)) return { rule: "year-with-goal-verb", confidence: 0.6 };
  if ((e.kind === "deadline" || e.kind === "period" || /udgangen/iu.test(e.text)) && COMPLETION.test(sentence)) return { rule: "year-with-goal-verb", confidence: 0.6 };
  if (year > sectionYear && /tidshorisont|gældende fra|forventes|implementeret/iu.test(sentence)) return { rule: "year-with-goal-verb", confidence: 0.5 };
  return null;
}

/** The sentence's words without the date: a short working name for the milestone. */
function nameOf(sentence: string, e: DateExpression): string {
  const words = sentence.replace(e.text, " ").replace(/[.:;]+$/u, "").replace(/\s+/gu, " ").trim().split(" ");
  const name = words.slice(0, 10).join(" ");
  return name.length > 0 ? name.charAt(0).toUpperCase() + name.slice(1) : e.text;
}

export function suggestMilestones(passages: readonly LocatedPassage[], planYear: number): MilestoneHit[] {
  const out: MilestoneHit[] = [];
  const seen = new Set<string>();
  for (const lp of passages) {
    const { passage, section, year, speaker } = lp;
    // The introduction retells what the departments' own sections date.
    if (speaker.kind === "Plan") continue;
    for (const e of findDateExpressions(passage.text, { year })) {
      if (e.end !== null && e.end < `${planYear}-01-01`) continue;
      if (e.end === null && e.start !== null && e.start < `${planYear}-01-01`) continue;
      const sentence = sentenceAround(passage.text, { index: e.index, length: e.text.length });
      const verdict = accept(e, sentence, year);
      if (!verdict) continue;
      const key = `${section}|${e.text.toLowerCase()}|${e.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const precision = e.precision!;
      const endDate = precision === "DAY" ? null : e.end;
      out.push({
        label: e.text,
        quote: sentence,
        section,
        line: passage.lineAt(e.index),
        confidence: speaker.kind === "Goal" || speaker.kind === "Initiative" ? verdict.confidence : verdict.confidence - 0.1,
        rule: verdict.rule,
        speaker,
        data: { date: e.start!, endDate, precision, timing: TIMING[e.kind] ?? "POINT", name: nameOf(sentence, e) },
      });
    }
  }
  return out;
}
