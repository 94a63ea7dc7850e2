/**
 * Text normalisation shared by the parser and the evidence check, so that any text the
 * parser stores is, by construction, findable in the normalised plan text.
 */

/** Words after a line-end hyphen that mark a real compound ellipsis ("løn-\nog personale"). */
const ELLIPSIS_NEXT_WORD = /^(og|eller|samt|el\.|&)(?![\p{L}\p{N}])/u;

/** Line-end hyphen preceded by a letter: a candidate page-break split ("li-  \nsteudtræk"). */
const LINE_END_HYPHEN = /(\p{L}+)-$/u;

/** Removes Markdown bold/italic markers; a run of four (two bold spans glued) becomes a space. */
export function stripEmphasis(text: string): string {
  return text.replace(/\*{4}/g, " ").replace(/\*+/g, "");
}

/** Strips the Markdown line prefix: heading hashes and bullet dashes. */
export function stripLinePrefix(line: string): string {
  return line
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/^\s*[-*+]\s+/, "")
    .replace(/^\s*-\s*$/, "");
}

export interface JoinOptions {
  /** Keep `*` markers (the status parser needs the italic spans). */
  keepEmphasis?: boolean;
  /** Called with (line index, output offset) whenever an input line starts contributing text. */
  onLine?: (index: number, offset: number) => void;
}

/**
 * Joins physical lines into one normalised string: whitespace collapsed, emphasis
 * stripped, and words split by a page break re-joined. A split is a line ending in
 * "<letters>-" followed by a line starting with a lower-case letter (blank lines between
 * are allowed, since page breaks leave them). Kept as written: compound ellipses
 * ("løn-" + "og"), and acronyms or single letters before the hyphen ("IT-", "e-").
 */
export function joinLines(lines: readonly string[], opts: JoinOptions = {}): string {
  let out = "";
  lines.forEach((rawLine, index) => {
    let line = rawLine.replace(/\s+/g, " ").trim();
    if (!opts.keepEmphasis) line = stripEmphasis(line).replace(/\s+/g, " ").trim();
    if (line === "") return;
    // Only the tail matters; scanning all of `out` each line would be quadratic.
    const hyphen = LINE_END_HYPHEN.exec(out.slice(-80));
    const stem = hyphen?.[1] ?? "";
    const continuesWord = hyphen !== null && /^\p{Ll}/u.test(line) && !ELLIPSIS_NEXT_WORD.test(line);
    const keepsHyphen = stem.length === 1 || stem === stem.toUpperCase();
    if (continuesWord && !keepsHyphen) {
      out = out.slice(0, -1);
    } else if (out !== "" && !continuesWord) {
      out += " ";
    }
    opts.onLine?.(index, out.length);
    out += line;
  });
  return out;
}

/** Collapses whitespace and strips emphasis of a short, single-line string. */
export function normaliseInline(text: string): string {
  return stripEmphasis(text).replace(/\s+/g, " ").trim();
}

/** Typographic quotes and dashes written differently by hand are compared as one. */
export function foldPunctuation(text: string): string {
  return text.replace(/[“”„«»]/g, '"').replace(/[‘’‚]/g, "'");
}

/**
 * Abbreviations after which a sentence never ends, even before a digit or a capital:
 * "stk. 4 udvalget", "pr. 1.1.2009", "ca. 20 interne kurser", "jf. Styrelsesloven".
 * ("m.v.", "mio." and "kr." can end a sentence, so they are not here.)
 */
const NO_SENTENCE_END =
  /(?:^|[\s(])(?:stk|nr|pkt|ca|pr|kl|jf|bl\.a|f\.eks|dvs|iht|vedr|evt|inkl|incl|excl|m\.h\.t|m\.h\.p|s\.f\.a|p\.t)\.$/iu;

/**
 * Splits prose into sentences at ". ", "! ", "? " followed by an upper-case letter or digit,
 * which leaves abbreviations such as "m.h.t. bemanning" and "bl.a. følgende" intact, and
 * never after an abbreviation of NO_SENTENCE_END ("stk. 4", "pr. 1.1.2009").
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/(?<=[.!?])\s+(?=[\p{Lu}\d"])/gu)) {
    const at = m.index ?? 0;
    if (NO_SENTENCE_END.test(text.slice(Math.max(0, at - 8), at))) continue;
    sentences.push(text.slice(start, at));
    start = at + m[0].length;
  }
  sentences.push(text.slice(start));
  return sentences.map((s) => s.trim()).filter((s) => s !== "");
}

/** Slug for ids and anchors (æ→ae, ø→oe, å→aa): defined with the rest of the stored shape, graph/stored.ts. */
export { slugify } from "../../graph/stored.js";

/** A short display name: the first sentence, cut at a word boundary. */
export function shortName(text: string, max = 90): string {
  const first = splitSentences(text)[0] ?? text;
  if (first.length <= max) return first.replace(/[.:]$/, "");
  const cut = first.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : max)}…`;
}
