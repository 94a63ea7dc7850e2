/**
 * Reads a 2008 status outcome from the words the plan uses. Each sentence is tested
 * against cue lists; the sentences' cues then combine: something done plus something
 * postponed or not done is PARTLY_DONE, done plus still running is IN_PROGRESS.
 */
import type { StatusOutcome } from "../../graph/model.js";
import { splitSentences } from "./text.js";

type Cue = Exclude<StatusOutcome, "UNKNOWN">;

// Negated completions are removed before the DONE cues are tried ("Er ikke gennemført").
const NEGATED = /\b(ikke|aldrig)\s+(?:\p{L}+\s+){0,3}?(gennemført|nået|lykkedes|muligt|kunne[t]?|klar|båret frugt|afsluttet|implementeret)/giu;

const CUES: ReadonlyArray<[Cue, RegExp]> = [
  ["FAILED", /\b(fejlslagen|fejlslagent|mislykke[ts]|slog fejl)\b/iu],
  ["PARTLY_DONE", /\b(delvist|delvis|for så vidt angår|ikke (?:\p{L}+ ){0,3}fuldt ud)\b/iu],
  ["NOT_DONE", /\b(ikke (?:\p{L}+ ){0,3}?(gennemført|nået|lykkedes|muligt|klar|båret frugt)|ikke kunne[t]? (løfte|modsvare|gennemføre|nå)|udestår|udeståender)\b/iu],
  ["POSTPONED", /\b(standby|udskudt|udsat|midlertidigt stoppet|sat i bero|stillet i bero)\b/iu],
  ["IN_PROGRESS", /\b(i gang|ruller videre|fortsætte[rs]?|fortsat|igangsat|igangsatte|påbegyndt|arbejdes (fortsat|videre)|gennemføres i \d{4}|vil tillige være|forventes færdiggjort)\b/iu],
  ["DONE", /\b(gennemført|afsluttet|implementeret|succesfuldt|er sket|afholdt|udarbejdet|etableret|indgået|nedlagt|lukket|udgivet|styrket|konsolideret|afgivet|reduceret|ændret fra)\b/iu],
];

function sentenceCues(sentence: string): Set<Cue> {
  const found = new Set<Cue>();
  for (const [cue, pattern] of CUES) {
    const text = cue === "DONE" ? sentence.replace(NEGATED, " ") : sentence;
    if (pattern.test(text)) found.add(cue);
  }
  // A sentence that is "done, but part postponed" is one partial outcome.
  if (found.has("DONE") && (found.has("POSTPONED") || found.has("NOT_DONE"))) found.add("PARTLY_DONE");
  // A sentence naming a negative cue reads as that cue, not as the completion it negates.
  if (found.has("NOT_DONE") || found.has("FAILED")) found.delete("DONE");
  return found;
}

export interface OutcomeReading {
  outcome: StatusOutcome;
  /** The sentences that carried a cue, as written; empty when nothing did. */
  cueText: string;
}

export function classifyOutcome(text: string): OutcomeReading {
  const all = new Set<Cue>();
  const cueSentences: string[] = [];
  for (const sentence of splitSentences(text)) {
    const cues = sentenceCues(sentence);
    if (cues.size > 0) cueSentences.push(sentence);
    cues.forEach((c) => all.add(c));
  }
  const has = (c: Cue) => all.has(c);
  let outcome: StatusOutcome = "UNKNOWN";
  if (has("FAILED")) outcome = "FAILED";
  else if (has("PARTLY_DONE")) outcome = "PARTLY_DONE";
  else if (has("DONE") && (has("NOT_DONE") || has("POSTPONED"))) outcome = "PARTLY_DONE";
  else if (has("NOT_DONE")) outcome = "NOT_DONE";
  else if (has("POSTPONED")) outcome = "POSTPONED";
  else if (has("IN_PROGRESS")) outcome = "IN_PROGRESS";
  else if (has("DONE")) outcome = "DONE";
  return { outcome, cueText: cueSentences.join(" ") };
}
