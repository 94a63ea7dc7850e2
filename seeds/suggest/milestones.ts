/**
 * Milestones from Danish date expressions (seeds/coverage/danish-dates.ts), each read with
 * the year of its section, its kind turned into the milestone's timing:
 * deadline -> DEADLINE, start -> START, period -> PERIOD, point -> POINT.
 *
 * Rules (what makes a date a milestone rather than a passing mention):
 * - `dated-deadline` / `-start` / `-period` / `-point` / `-recurring`: a date of month, day,
 *   quarter, half-year or season precision, or a range; past ones too (the 2006-2008 history
 *   a plan retells is part of its timeline);
 * - `recurring-word`: a frequency word with no date ("årlig redegørelse", "de halvårslige
 *   møder"), labelled with the word it qualifies; not "løbende" (no rhythm) nor a cost
 *   ("årlig driftsudgift");
 * - `year-with-goal-verb`: a bare year with a deadline, start or qualifier word ("inden
 *   udgangen af 2009", "fra 2008", "primo 2008"), a span of years ("2007-2010"), a period
 *   followed by a modal ("I løbet af 2009 skal") or a word of completion;
 * - `year-with-event-word`: a bare year with a word of happening within a few words of it
 *   ("Folketingsvalget i 2007", "tilbage i 2006 iværksat");
 * - never a year that says what a plan or budget is for ("for 2009"), nor a source
 *   ("erfaringerne fra 2008"), nor anything from the plan's introduction;
 * - the same date written the same way twice in one sentence is one suggestion.
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

const TIMING: Record<string, MilestoneTiming> = {
  deadline: "DEADLINE",
  start: "START",
  period: "PERIOD",
  point: "POINT",
  recurring: "RECURRING",
};

/**
 * Every dated statement is a milestone, past ones too (the history a plan retells is part
 * of its timeline); what is left out is a date that only says which year a plan, budget or
 * heading is for, or an unqualified year in a sentence with no event word.
 */
const YEAR_OF_DOCUMENT = /^(?:for|for såvel|for både|budget(?:tet)? for|i budget(?:tet)?(?: for)?)\s/iu;
const COST = /^\s*(?:drifts)?(?:udgift|omkostning|beløb|takst|besparelse|kontingent)/iu;
const COMPLETION =
  /\b(?:nået|færdig\p{L}*|implementeret|afsluttet|på plads|gennemført|gennemføres|klar|gældende|beskrevet)\b/iu;
const EVENT =
  /\b(?:\p{L}*valg\p{L}*|nået|færdig\p{L}*|implementer\p{L}*|afsluttet|afslut\p{L}*|på plads|gældende|klar|gennemfør\p{L}*|tidshori[sz]ont\p{L}*|forventes|udløber|senest|iværksat|igangsat|påbegynd\p{L}*|etabler\p{L}*|besluttede|godkend\p{L}*|overgik|overgang|nedsat|afholde[st]?|afgivet|orienterede|lukket|stoppet|opslået|udarbejdet|reduceret|ændret|startede|starter|oprettet|indført|kursus\p{L}*|kurser|projekt\p{L}*|initiativ\p{L}*|overskridelser|udrulning|flytning\p{L}*|adresseres)\b/iu;

function accept(
  e: DateExpression,
  sentence: string,
  before: string,
  after: string,
): { rule: string; confidence: number } | null {
  if (e.kind === "recurring") {
    // "løbende" is "continuously", no rhythm; "årlig driftsudgift" is a cost, not an event.
    if (e.precision === null && (/^løbende$/iu.test(e.text) || COST.test(after))) return null;
    return e.precision === null
      ? { rule: "recurring-word", confidence: 0.5 }
      : { rule: "dated-recurring", confidence: 0.6 };
  }
  if (e.precision === null || e.start === null) return null;
  const wholeYears = e.precision === "RANGE" && e.start.slice(5) === "01-01" && (e.end ?? "").endsWith("-12-31");
  if (e.precision !== "YEAR" && !wholeYears)
    return { rule: `dated-${e.kind}`, confidence: e.kind === "point" ? 0.6 : 0.8 };
  // A bare year: "budget 2010", "for 2009" name what a plan is for, not when something happens.
  if (wholeYears && /\d{4}\s*[-–]\s*\d{2,4}$/u.test(e.text)) return { rule: "year-with-goal-verb", confidence: 0.5 };
  if (YEAR_OF_DOCUMENT.test(`${e.text} `) && !/budget 20\d\d$/iu.test(e.text)) return null;
  if (/budget 20\d\d$/iu.test(e.text) && /bør|skal|adresseres/iu.test(sentence))
    return { rule: "year-with-goal-verb", confidence: 0.5 };
  // "erfaringerne fra 2008": the year is a source, not a date.
  if (/erfaring\p{L}*\s+$/iu.test(before)) return null;
  if (e.kind === "deadline" || e.kind === "start" || /udgangen|primo|medio|ultimo|ult\./iu.test(e.text))
    return { rule: "year-with-goal-verb", confidence: 0.6 };
  if (e.kind === "period" && !wholeYears && COMPLETION.test(`${before} ${after}`))
    return { rule: "year-with-goal-verb", confidence: 0.6 };
  // "I løbet af 2009 skal ...": a period with a modal verb after it is planned work.
  if (e.kind === "period" && /^\s*(?:skal|vil|bør)\b/iu.test(after))
    return { rule: "year-with-goal-verb", confidence: 0.6 };
  if (e.kind === "period" && wholeYears) return { rule: "year-with-goal-verb", confidence: 0.5 };
  // A bare year with a word of happening right next to it (within a few words).
  if (EVENT.test(before.slice(-40)) || EVENT.test(after.slice(0, 40)))
    return { rule: "year-with-event-word", confidence: 0.5 };
  return null;
}

/** The sentence's words without the date: a short working name for the milestone. */
function nameOf(sentence: string, e: DateExpression): string {
  const words = sentence
    .replace(e.text, " ")
    .replace(/[.:;]+$/u, "")
    .replace(/\s+/gu, " ")
    .trim()
    .split(" ");
  const name = words.slice(0, 10).join(" ");
  return name.length > 0 ? name.charAt(0).toUpperCase() + name.slice(1) : e.text;
}

/** "årlig" alone says little: the recurring thing is the word it qualifies ("årlig redegørelse"). */
function labelOfRecurrence(text: string, e: DateExpression): string {
  const m = /^\s+(?:(?:og|eller)\s+)?([\p{L}-]+)/u.exec(text.slice(e.index + e.text.length));
  return m ? `${e.text} ${m[1]}` : e.text;
}

export function suggestMilestones(passages: readonly LocatedPassage[], _planYear: number): MilestoneHit[] {
  const out: MilestoneHit[] = [];
  const seen = new Set<string>();
  for (const lp of passages) {
    const { passage, section, year, speaker } = lp;
    // The introduction retells what the departments' own sections date.
    if (speaker.kind === "Plan") continue;
    for (const e of findDateExpressions(passage.text, { year })) {
      const sentence = sentenceAround(passage.text, { index: e.index, length: e.text.length });
      const verdict = accept(
        e,
        sentence,
        passage.text.slice(Math.max(0, e.index - 60), e.index),
        passage.text.slice(e.index + e.text.length, e.index + e.text.length + 60),
      );
      if (!verdict) continue;
      const key = `${section}|${e.text.toLowerCase()}|${e.start}|${sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // A recurrence with no date of its own ("årlig redegørelse") runs through the section's year.
      const precision = e.precision ?? "YEAR";
      const start = e.start ?? `${year}-01-01`;
      const endDate = precision === "DAY" ? null : (e.end ?? `${year}-12-31`);
      out.push({
        label: e.precision === null ? labelOfRecurrence(passage.text, e) : e.text,
        quote: sentence,
        section,
        line: passage.lineAt(e.index),
        confidence:
          speaker.kind === "Goal" || speaker.kind === "Initiative" ? verdict.confidence : verdict.confidence - 0.1,
        rule: verdict.rule,
        speaker,
        data: { date: start, endDate, precision, timing: TIMING[e.kind] ?? "POINT", name: nameOf(sentence, e) },
      });
    }
  }
  return out;
}
