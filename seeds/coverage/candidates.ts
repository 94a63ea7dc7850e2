/**
 * Names and system-like terms in one passage of the plan.
 *
 * - A run of capitalised words, acronyms and product names separated by single spaces is
 *   one name ("Væksthus Hovedstadsregionen", "KMD OPUS Overblik"); a compound ellipsis
 *   joins ("Børne- og Fritidsforvaltningen"), and so does a lower-case organisation head
 *   right after ("Juridisk kontor").
 * - Danish capitalises proper nouns only, so a capitalised word mid-sentence is a name.
 *   At the start of a sentence (or after ":") a capitalised word is not, unless it is an
 *   organisation or system-like word itself, or a further capitalised word follows it
 *   ("Intern Service"). Function words ("Det", "I") never are.
 * - A lower-case word with an organisation suffix ("direktionen", "erhvervsudvalget",
 *   "løn- og økonomiområdet") or a system-like shape ("lederportal", "økonomisystem") is
 *   a candidate wherever it stands; the first half of an ellipsis ("udvalgs-" in
 *   "samarbejdsudvalgs- og sikkerhedsstrukturen") is not.
 */
import { acronymHead, BARE_ORG_HEAD, isCapitalised, isFunctionWord, isOrgWord, isSystemWord } from "./word-classes.js";

export type NameKind = "name" | "system";

export interface NameCandidate {
  kind: NameKind;
  text: string;
  index: number;
  length: number;
  /** Other spellings a fact may carry: "SKI" of "SKI-aftaler", "KMD" of "KMD's". */
  alternatives: string[];
}

interface Token {
  text: string;
  index: number;
  end: number;
  initial: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*/gu;
/** Before a sentence's first word: start, end punctuation, or a list label ("A)", "3."). */
const SENTENCE_START = /(?:^|[.!?:;]["”»)]?|^[\p{Lu}\d]{1,3}[.)])\s*["“„«(]?\s*$/u;
const CONJUNCTION = /^(?:og|eller|samt)$/u;
const ELLIPSIS_AFTER = /^-(?:\s+(?:og|eller|samt)\s|\/)/u;
const ELLIPSIS_BEFORE = /\p{L}+-\s+(?:og|eller|samt)\s+$/u;

function tokens(text: string): Token[] {
  return [...text.matchAll(TOKEN)]
    .filter((m) => /\p{L}/u.test(m[0]))
    .map((m) => {
      const index = m.index ?? 0;
      return {
        text: m[0],
        index,
        end: index + m[0].length,
        initial: SENTENCE_START.test(text.slice(Math.max(0, index - 6), index)),
      };
    });
}

/** A word that names something by its shape alone. */
function isStrong(word: string): boolean {
  return acronymHead(word) !== null || isSystemWord(word) || isOrgWord(word);
}

function isNameish(word: string): boolean {
  if (isFunctionWord(word)) return false;
  return isCapitalised(word) || acronymHead(word) !== null || (isSystemWord(word) && /\p{Lu}/u.test(word));
}

/** How many tokens after toks[k] continue its name: 1, 2 across "- og", or 0. */
function continuation(text: string, toks: readonly Token[], k: number): number {
  const [a, b, c] = [toks[k], toks[k + 1], toks[k + 2]];
  if (!a || !b) return 0;
  const gap = text.slice(a.end, b.index);
  if (gap === " ") return isNameish(b.text) ? 1 : 0;
  const ellipsis = gap === "- " && CONJUNCTION.test(b.text) && c !== undefined && text.slice(b.end, c.index) === " ";
  return ellipsis && (isNameish(c.text) || isOrgWord(c.text)) ? 2 : 0;
}

function kindOf(run: readonly Token[]): NameKind {
  const last = run.at(-1)?.text ?? "";
  if (isOrgWord(last)) return "name";
  return run.some((t) => acronymHead(t.text) !== null || isSystemWord(t.text)) ? "system" : "name";
}

function candidate(
  text: string,
  run: readonly Token[],
  start = run[0]?.index ?? 0,
  more: string[] = [],
): NameCandidate {
  const end = run.at(-1)?.end ?? start;
  // "SKI-aftaler" may be covered by "SKI"; "UNICEF-styregruppe" is a body of its own.
  const only = run.length === 1 && !isOrgWord(run[0]?.text ?? "") ? run[0]?.text : undefined;
  const heads = only === undefined ? [] : [acronymHead(only)].filter((h): h is string => h !== null);
  const written = text.slice(start, end);
  return {
    kind: kindOf(run),
    text: written,
    index: start,
    length: end - start,
    alternatives: [...heads, ...more].filter((h) => h !== written),
  };
}

/**
 * A run opening a sentence with a plain word: "Intern Service" is a name, but in
 * "Sekretariatsbetjent Bevillingsnævn" the first word is not part of it, and in
 * "Organisationsdiagram Økonomisk Forvaltning" the rest may be a known name by itself.
 */
function sentenceRun(text: string, run: readonly Token[]): NameCandidate {
  const [first, second] = run;
  if (!first || !second || !first.initial || isStrong(first.text) || text.charAt(first.end) === "-")
    return candidate(text, run);
  const rest = run.slice(1);
  if (isOrgWord(second.text)) return candidate(text, rest);
  const alone =
    rest.length > 1 || isStrong(second.text) ? [text.slice(second.index, rest.at(-1)?.end ?? second.end)] : [];
  return candidate(text, run, first.index, alone);
}

/** A run is a name unless it is one sentence-initial plain word or half an ellipsis. */
function keepRun(text: string, run: readonly Token[]): boolean {
  if (run.length > 1) return true;
  const only = run[0];
  if (!only || ELLIPSIS_AFTER.test(text.slice(only.end))) return false;
  return !only.initial || isStrong(only.text);
}

/** A lone lower-case organisation or system word, with the ellipsis before it. */
function loneWord(text: string, token: Token): NameCandidate | null {
  if (!isOrgWord(token.text) && !isSystemWord(token.text)) return null;
  if (ELLIPSIS_AFTER.test(text.slice(token.end))) return null;
  const before = ELLIPSIS_BEFORE.exec(text.slice(Math.max(0, token.index - 40), token.index));
  return candidate(text, [token], token.index - (before?.[0].length ?? 0));
}

/** The index of the last token of the run that starts at toks[i]. */
function runEnd(text: string, toks: readonly Token[], i: number): number {
  let last = i;
  for (let step = continuation(text, toks, last); step > 0; step = continuation(text, toks, last)) last += step;
  const next = toks[last + 1];
  const head =
    next !== undefined && text.slice(toks[last]?.end ?? 0, next.index) === " " && BARE_ORG_HEAD.test(next.text);
  return head ? last + 1 : last;
}

export function findCandidates(text: string): NameCandidate[] {
  const toks = tokens(text);
  const out: NameCandidate[] = [];
  let i = 0;
  while (i < toks.length) {
    const first = toks[i]!;
    if (!isNameish(first.text)) {
      const lone = loneWord(text, first);
      if (lone) out.push(lone);
      i += 1;
      continue;
    }
    const last = runEnd(text, toks, i);
    const run = toks.slice(i, last + 1).filter((t) => !CONJUNCTION.test(t.text));
    if (keepRun(text, run)) out.push(sentenceRun(text, run));
    i = last + 1;
  }
  return out;
}
