/**
 * Reads a previous year's status outcome from the words the plan uses. Each sentence is
 * tested against cue lists; the sentences' cues then combine: something done plus something
 * postponed or not done is PARTLY_DONE; between done, still running and carried on, what the
 * text says last is the state at year end.
 *
 * CONTINUES is the item carried on into the next year, in so many words: "fortsætter",
 * "videreføres", "ruller videre i 2009", "Vil tillige være et indsatsområde 2009", and,
 * when the status year is known, a future or present passive tied to a later year
 * ("Gennemføres i 2009", "skal indkøbsfunktionen i 2009 omstille sig"). IN_PROGRESS is
 * still under way, with nothing said about the next year ("i gang", "påbegyndt",
 * "arbejdes fortsat", "Igangsætning af ...").
 */
import type { StatusOutcome } from "../../graph/model.js";
import { splitSentences } from "./text.js";

type Cue = Exclude<StatusOutcome, "UNKNOWN">;

// JavaScript's \b only knows ASCII letters; Danish words end in æ, ø, å.
const B = String.raw`(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))`;
const cue = (re: RegExp): RegExp => new RegExp(re.source.replaceAll(String.raw`\b`, B), re.flags);

// Negated or aimed-at completions are removed before the DONE cues are tried
// ("Er ikke gennemført", "Der arbejdes fortsat på at få etableret").
const NEGATED = cue(
  /\bpå at få \p{L}+|\b(ikke|aldrig)\s+(?:\p{L}+\s+){0,3}?(gennemført|nået|lykkedes|muligt|kunne[t]?|klar|båret frugt|afsluttet|implementeret)/giu,
);

const CUES: ReadonlyArray<[Cue, RegExp]> = [
  ["FAILED", cue(/\b(fejlslagen|fejlslagent|mislykke[ts]|slog fejl)\b/iu)],
  [
    "PARTLY_DONE",
    cue(
      /\b(delvis[t]? (?:\p{L}+ ){0,2}?(gennemført|implementeret|nået|løst|afsluttet|realiseret)|for så vidt angår|ikke (?:\p{L}+ ){0,3}fuldt ud)\b/iu,
    ),
  ],
  [
    "NOT_DONE",
    cue(
      /\b(ikke (?:\p{L}+ ){0,3}?(gennemført|nået|lykkedes|muligt|klar|båret frugt)|ikke kunne[t]? (løfte|modsvare|gennemføre|nå)|udestår|udeståender)\b/iu,
    ),
  ],
  ["POSTPONED", cue(/\b(standby|udskudt|udsat|midlertidigt stoppet|sat i bero|stillet i bero)\b/iu)],
  [
    "CONTINUES",
    cue(
      /\b(ruller videre|videreføres|fortsætter|fortsættes|(?:vil|skal) fortsætte|(?:tillige|fortsat) være et indsatsområde)\b/iu,
    ),
  ],
  [
    "IN_PROGRESS",
    cue(
      /\b(i gang|fortsat|igangsat|igangsatte|igangsætning|påbegyndt|arbejdes (fortsat|videre)|forventes færdiggjort)\b/iu,
    ),
  ],
  [
    "DONE",
    cue(
      /\b(gennemført|afsluttet|implementeret|succesfuldt|er (?:der )?sket|afholdt|udarbejdet|etableret|indgået|nedlagt|lukket|udgivet|styrket|konsolideret|afgivet|reduceret|ændret fra|oprettet)\b/iu,
    ),
  ],
];

/** Verbs of what is still to come, tied to a year: "Gennemføres i 2009", "skal ... i 2009 omstille sig". */
const FUTURE_YEAR = cue(/\b(?:gennemføres|skal|vil)\b(?:\s+[\p{L}\p{N}-]+){0,4}?\s+i\s+(\d{4})\b/giu);

/** Which outcome of a text the state at year end is: the last said of these. */
const PROGRESS: ReadonlySet<Cue> = new Set(["DONE", "IN_PROGRESS", "CONTINUES"]);

export interface OutcomeOptions {
  /** The status year: a future tied to a later year reads as CONTINUES. */
  year?: number;
}

interface Found {
  name: Cue;
  at: number;
}

function matches(sentence: string, opts: OutcomeOptions): Found[] {
  const found: Found[] = [];
  for (const [name, pattern] of CUES) {
    const text = name === "DONE" ? sentence.replace(NEGATED, (m) => " ".repeat(m.length)) : sentence;
    for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`)))
      found.push({ name, at: m.index ?? 0 });
  }
  if (opts.year !== undefined) {
    for (const m of sentence.matchAll(FUTURE_YEAR))
      if (Number(m[1]) > opts.year) found.push({ name: "CONTINUES", at: m.index ?? 0 });
  }
  return found;
}

/** The cues of one sentence, and which of DONE / IN_PROGRESS / CONTINUES it ends on. */
function sentenceCues(sentence: string, opts: OutcomeOptions): { cues: Set<Cue>; progress: Cue | null } {
  const found = matches(sentence, opts);
  const cues = new Set<Cue>(found.map((f) => f.name));
  // The last one said; where two start at one word ("fortsat være et indsatsområde"), the more specific.
  const rank = (c: Cue) => ["DONE", "IN_PROGRESS", "CONTINUES"].indexOf(c);
  let progress: Cue | null = null;
  let progressAt = -1;
  for (const f of found) {
    if (!PROGRESS.has(f.name)) continue;
    if (f.at > progressAt || (f.at === progressAt && progress !== null && rank(f.name) > rank(progress)))
      [progress, progressAt] = [f.name, f.at];
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

/** The outcome of a set of cues and the progress the text ends on. */
function decide(all: ReadonlySet<Cue>, progress: Cue | null): StatusOutcome {
  const has = (c: Cue) => all.has(c);
  if (has("FAILED")) return "FAILED";
  if (has("PARTLY_DONE")) return "PARTLY_DONE";
  if (has("DONE") && (has("NOT_DONE") || has("POSTPONED"))) return "PARTLY_DONE";
  if (has("NOT_DONE")) return "NOT_DONE";
  if (has("POSTPONED")) return "POSTPONED";
  return progress ?? "UNKNOWN";
}

/** Outcomes read from consecutive passages of one item, combined as if read as one text. */
export function combineOutcomes(outcomes: readonly StatusOutcome[]): StatusOutcome {
  const known = outcomes.filter((o): o is Cue => o !== "UNKNOWN");
  const progress = [...known].reverse().find((o) => PROGRESS.has(o)) ?? null;
  return decide(new Set(known), progress);
}

export interface OutcomeReading {
  outcome: StatusOutcome;
  /** The sentences that carried a cue, as written; empty when nothing did. */
  cueText: string;
}

/**
 * Between "done", "still running" and "carried on" the text is read in order: what it says
 * last is the state at year end ("påbegyndt i 2007 og afsluttet ... 2008" is DONE;
 * "gennemført. Der arbejdes fortsat på ..." is IN_PROGRESS; "er sket successivt. Vil
 * tillige være et indsatsområde 2009." is CONTINUES).
 */
export function classifyOutcome(text: string, opts: OutcomeOptions = {}): OutcomeReading {
  const all = new Set<Cue>();
  const cueSentences: string[] = [];
  let progress: Cue | null = null;
  for (const sentence of splitSentences(text)) {
    const read = sentenceCues(sentence, opts);
    if (read.cues.size > 0) cueSentences.push(sentence);
    read.cues.forEach((c) => all.add(c));
    if (read.progress) progress = read.progress;
  }
  return { outcome: decide(all, progress), cueText: cueSentences.join(" ") };
}
