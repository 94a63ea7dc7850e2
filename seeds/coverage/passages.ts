/**
 * The plan as the coverage check reads it: one passage per heading, bullet or paragraph
 * (the parser's blocks), its text normalised exactly as evidence is (emphasis stripped,
 * whitespace collapsed, page-break hyphenation re-joined, typographic quotes folded), so
 * a quote from the facts is found in a passage by plain string search. Every offset maps
 * back to its plan line.
 *
 * The table of contents is skipped: it repeats the headings. A heading is "structural"
 * when the parser reads it as the plan's shape (title, department, part, lettered goal or
 * status group, field label such as "Hovedmål"); its dates and cue words are the
 * structure itself, not facts to add.
 */
import { tokenize, type TextBlock } from "../parser/blocks.js";
import { classifyHeading } from "../parser/headings.js";
import { foldPunctuation, joinLines } from "../parser/text.js";

export interface Passage {
  kind: "heading" | "bullet" | "paragraph";
  text: string;
  /** Plan line of the passage's first line. */
  line: number;
  structural: boolean;
  /** Plan line of a text offset. */
  lineAt(offset: number): number;
}

export interface Span {
  index: number;
  length: number;
}

const TOC_LEADER = /\.{4,}\s*\d*\s*$/u;
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[\p{Lu}\d"])/gu;
/** Abbreviations a sentence does not end with ("stk. 4 udvalg", "jf. ovenfor", "ca. 2 mio. kr."). */
const ABBREVIATION =
  /(?:^|[\s(])(?:stk|nr|pkt|ca|pr|jf|kr|mio|evt|inkl|incl|excl|vedr|div|iht|mht|bl\.a|m\.v|f\.eks|dvs|m\.h\.t|m\.h\.p|s\.f\.a|p\.t)\.$/iu;

/** The plan lines a text block's lines came from (blank lines between them are not in it). */
function sourceLines(block: TextBlock, lines: readonly string[]): number[] {
  const found: number[] = [];
  for (let n = block.line; n <= block.endLine; n += 1) if ((lines[n - 1] ?? "").trim() !== "") found.push(n);
  return found.length === block.lines.length ? found : block.lines.map(() => block.line);
}

function textPassage(block: TextBlock, lines: readonly string[]): Passage {
  const numbers = sourceLines(block, lines);
  const starts: Array<{ offset: number; line: number }> = [];
  const text = foldPunctuation(
    joinLines(block.lines, { onLine: (i, offset) => starts.push({ offset, line: numbers[i] ?? block.line }) }),
  );
  const lineAt = (offset: number) => {
    let line = block.line;
    for (const s of starts) {
      if (s.offset > offset) break;
      line = s.line;
    }
    return line;
  };
  return { kind: block.kind, text, line: block.line, structural: false, lineAt };
}

export function planPassages(markdown: string, sectionAt: (line: number) => string): Passage[] {
  const lines = markdown.split(/\r?\n/);
  const out: Passage[] = [];
  for (const block of tokenize(markdown)) {
    if (/^indholdsfortegnelse/i.test(sectionAt(block.line))) continue;
    const passage =
      block.kind === "heading"
        ? {
            kind: block.kind,
            text: foldPunctuation(block.text),
            line: block.line,
            structural: classifyHeading(block.text).kind !== "other",
            lineAt: () => block.line,
          }
        : textPassage(block, lines);
    if (passage.text !== "" && !TOC_LEADER.test(passage.text)) out.push(passage);
  }
  return out;
}

/** The sentence of a passage that holds a span (cut like the parser's splitSentences, but not after "stk." or "jf."). */
export function sentenceAround(text: string, span: Span): string {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(SENTENCE_BREAK)) {
    const at = m.index ?? 0;
    if (ABBREVIATION.test(text.slice(Math.max(0, at - 8), at))) continue;
    if (at + m[0].length <= span.index) start = at + m[0].length;
    else if (at >= span.index + span.length) {
      end = at;
      break;
    }
  }
  return text.slice(start, end).trim();
}

export function within(inner: Span, outer: Span): boolean {
  return inner.index >= outer.index && inner.index + inner.length <= outer.index + outer.length;
}
