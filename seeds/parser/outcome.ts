/**
 * Reads a 2008 status outcome from the words the plan uses. Each sentence is tested
 * against cue lists; the sentences' cues then combine: something done plus something
 * postponed or not done is PARTLY_DONE, done plus still running is IN_PROGRESS.
 */
import type { StatusOutcome } from "../../graph/model.js";
import { splitSentences } from "./text.js";

type Cue = Exclude<StatusOutcome, "UNKNOWN">;

// JavaScript's \b only knows ASCII letters; Danish words end in æ, ø, å.
const B = String.raw`(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))`;
const cue = (re: RegExp): RegExp => new RegExp(re.source.replaceAll(String.raw`\b`, B), re.flags);

// Negated or aimed-at completions are removed before the DONE cues are tried
// ("Er ikke gennemført", "Der arbejdes fortsat på at få etableret").
const NEGATED = cue(/\bpå at få \p{L}+|\b(ikke|aldrig)\s+(?:\p{L}+\s+){0,3}?(gennemført|nået|lykkedes|muligt|kunne[t]?|klar|båret frugt|afsluttet|implementeret)/giu);

const CUES: ReadonlyArray<[Cue, RegExp]> = [
  ["FAILED", cue(/\b(fejlslagen|fejlslagent|mislykke[ts]|slog fejl)\b/iu)],
  ["PARTLY_DONE", cue(/\b(delvis[t]? (?:\p{L}+ ){0,2}?(gennemført|implementeret|nået|løst|afsluttet|realiseret)|for så vidt angår|ikke (?:\p{L}+ ){0,3}fuldt ud)\b/iu)],
  ["NOT_DONE", cue(/\b(ikke (?:\p{L}+ ){0,3}?(gennemført|nået|lykkedes|muligt|klar|båret frugt)|ikke kunne[t]? (løfte|modsvare|gennemføre|nå)|udestår|udeståender)\b/iu)],
  ["POSTPONED", cue(/\b(standby|udskudt|udsat|midlertidigt stoppet|sat i bero|stillet i bero)\b/iu)],
  ["IN_PROGRESS", cue(/\b(i gang|ruller videre|fortsætte[rs]?|fortsat|igangsat|igangsatte|påbegyndt|arbejdes (fortsat|videre)|gennemføres i \d{4}|vil tillige være|forventes færdiggjort)\b/iu)],
  ["DONE", cue(/\b(gennemført|afsluttet|implementeret|succesfuldt|er (?:der )?sket|afholdt|udarbejdet|etableret|indgået|nedlagt|lukket|udgivet|styrket|konsolideret|afgivet|reduceret|ændret fra)\b/iu)],
];

/** The cues of one sentence, and which of DONE / IN_PROGRESS it ends on. */
function sentenceCues(sentence: string): { cues: Set<Cue>; progress: Cue | null } {
  const cues = new Set<Cue>();
  let progress: Cue | null = null;
  let progressAt = -1;
  for (const [name, pattern] of CUES) {
    const text = name === "DONE" ? sentence.replace(NEGATED, (m) => " ".repeat(m.length)) : sentence;
    const matches = [...text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))];
    if (matches.length === 0) continue;
    cues.add(name);
    const last = matches.at(-1)?.index ?? 0;
    if ((name === "DONE" || name === "IN_PROGRESS") && last >= progressAt) {
      progress = name;
      progressAt = last;
    }
  }
  // A sentence that is "done, but part postponed" is one partial outcome.
  if (cues.has("DONE") && (cues.has("POSTPONED") || cues.has("NOT_DONE"))) cues.add("PARTLY_DONE");
  // A sentence naming a negative cue reads as that cue, not as the completion it negates.
  if (cues.has("NOT_DONE") || cues.has("FAILED")) {
    cues.delete("DONE");
    if (progress === "DONE") progress = null;
  }
  return { cues, progress };
}

export interface OutcomeReading {
  outcome: StatusOutcome;
  /** The sentences that carried a cue, as written; empty when nothing did. */
  cueText: string;
}

/**
 * Between "done" and "still running" the text is read in order: what it says last is the
 * state at year end ("påbegyndt i 2007 og afsluttet ... 2008" is DONE; "gennemført. Der
 * arbejdes fortsat på ..." is IN_PROGRESS).
 */
export function classifyOutcome(text: string): OutcomeReading {
  const all = new Set<Cue>();
  const cueSentences: string[] = [];
  let progress: Cue | null = null;
  for (const sentence of splitSentences(text)) {
    const read = sentenceCues(sentence);
    if (read.cues.size > 0) cueSentences.push(sentence);
    read.cues.forEach((c) => all.add(c));
    if (read.progress) progress = read.progress;
  }
  const has = (c: Cue) => all.has(c);
  let outcome: StatusOutcome = progress ?? "UNKNOWN";
  if (has("FAILED")) outcome = "FAILED";
  else if (has("PARTLY_DONE")) outcome = "PARTLY_DONE";
  else if (has("DONE") && (has("NOT_DONE") || has("POSTPONED"))) outcome = "PARTLY_DONE";
  else if (has("NOT_DONE")) outcome = "NOT_DONE";
  else if (has("POSTPONED")) outcome = "POSTPONED";
  return { outcome, cueText: cueSentences.join(" ") };
}
