/**
 * Turns Markdown lines into blocks (headings, bullets, paragraphs) with their line numbers.
 * The plan was converted from a PDF, so the shape rules here undo conversion damage, not
 * Markdown in general: a bold-only paragraph is a heading, several bold runs glued together
 * ("**E. Valg****Hovedmål**") are several headings, a paragraph opening with a bold label
 * ending in ":" ("**Hovedmål:** At ...") is a heading plus a paragraph, and a line starting
 * in lower case after a blank line continues the previous block (a page break cut it).
 */
import { joinLines, normaliseInline } from "./text.js";

export interface HeadingBlock {
  kind: "heading";
  /** 1-6 for "#" headings, 0 for bold paragraphs promoted to headings. */
  level: number;
  text: string;
  line: number;
}

export interface TextBlock {
  kind: "bullet" | "paragraph";
  /** Nesting depth of a bullet (0 = top level). */
  depth: number;
  /** Raw source lines (bullet marker removed), emphasis markers kept. */
  lines: string[];
  line: number;
  endLine: number;
}

export type Block = HeadingBlock | TextBlock;

const HEADING = /^\s{0,3}(#{1,6})\s+(.*)$/;
const BULLET = /^(\s*)[-+*](?:\s+(.*))?$/;
const BOLD_RUNS = /^(?:\*\*[^*]+\*\*\s*)+$/;
const LEADING_LABEL = /^\*\*([^*]+?:)\*\*\s*(\S.*)$/s;

/** The normalised text of a text block. */
export function blockText(block: TextBlock): string {
  return joinLines(block.lines);
}

/** "**A****B**" -> ["A", "B"]; plain text -> [text]. */
function splitBoldRuns(text: string): string[] {
  const trimmed = text.trim();
  if (!BOLD_RUNS.test(trimmed)) return [normaliseInline(trimmed)];
  return [...trimmed.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => normaliseInline(m[1] ?? ""));
}

function headings(text: string, level: number, line: number): HeadingBlock[] {
  return splitBoldRuns(text)
    .filter((t) => t !== "")
    .map((t) => ({ kind: "heading", level, text: t, line }));
}

/** Promotes bold-only paragraphs and leading bold labels to headings. */
function reshapeParagraph(block: TextBlock): Block[] {
  const joined = block.lines.map((l) => l.trim()).join(" ");
  if (BOLD_RUNS.test(joined)) return headings(joined, 0, block.line);
  const label = LEADING_LABEL.exec(joined);
  if (label) {
    const rest = block.lines.slice();
    rest[0] = (rest[0] ?? "").replace(/^\s*\*\*[^*]+?:\*\*\s*/, "");
    return [...headings(`**${label[1]}**`, 0, block.line), { ...block, lines: rest }];
  }
  return [block];
}

export function tokenize(markdown: string): Block[] {
  const out: Block[] = [];
  let open: TextBlock | null = null;
  // The last text block closed by blank lines only: a page break may continue it.
  let resumable: TextBlock | null = null;
  const close = () => {
    if (open) resumable = open;
    open = null;
  };
  const lines = markdown.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const n = index + 1;
    if (raw.trim() === "") return close();
    const heading = HEADING.exec(raw);
    if (heading) {
      close();
      resumable = null;
      out.push(...headings(heading[2] ?? "", heading[1]?.length ?? 1, n));
      return;
    }
    const bullet = BULLET.exec(raw);
    if (bullet && !/^\s*\*\S/.test(raw)) {
      close();
      const content = bullet[2] ?? "";
      if (content.trim() === "") return void (resumable = null);
      open = { kind: "bullet", depth: Math.floor((bullet[1] ?? "").length / 2), lines: [content], line: n, endLine: n };
      out.push(open);
      return;
    }
    if (open) {
      open.lines.push(raw);
      open.endLine = n;
      return;
    }
    const previous: TextBlock | null = resumable;
    if (previous && (/^\s*\p{Ll}/u.test(raw) || /\p{L}-\s*$/u.test(previous.lines.at(-1) ?? ""))) {
      previous.lines.push(raw);
      previous.endLine = n;
      open = previous;
      return;
    }
    open = { kind: "paragraph", depth: 0, lines: [raw], line: n, endLine: n };
    out.push(open);
  });
  return out.flatMap((b) => (b.kind === "paragraph" ? reshapeParagraph(b) : [b]));
}
