/**
 * Test helper: a plan in Markdown -> a .docx written with the `docx` package, the way a
 * planner's Word file is shaped: "#" headings as Word headings, "- " items as Word bullets
 * (nested by indentation), bold and italics as runs, a line break inside a block as a
 * soft line break. Never checked in: every test makes its own.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";

const LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

/** "**a** b *c*" over a block's lines -> runs, a soft break between lines; emphasis may span lines. */
function runs(lines: readonly string[]): TextRun[] {
  const out: TextRun[] = [];
  let bold = false;
  let italics = false;
  lines.forEach((line, i) => {
    let first = i > 0;
    for (const part of line.trim().split(/(\*\*|\*)/u)) {
      if (part === "**") bold = !bold;
      else if (part === "*") italics = !italics;
      else if (part !== "") {
        out.push(new TextRun({ text: part, bold, italics, break: first ? 1 : 0 }));
        first = false;
      }
    }
    if (first) out.push(new TextRun({ text: "", break: 1 }));
  });
  return out;
}

interface Block {
  heading?: number;
  bullet?: number;
  lines: string[];
}

function blocks(markdown: string): Block[] {
  const out: Block[] = [];
  let open: Block | null = null;
  for (const raw of markdown.split(/\r?\n/u)) {
    if (raw.trim() === "") {
      open = null;
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*)$/u.exec(raw);
    if (heading) {
      out.push({ heading: heading[1]!.length, lines: [heading[2] ?? ""] });
      open = null;
      continue;
    }
    const bullet = /^(\s*)[-+*]\s+(.*)$/u.exec(raw);
    if (bullet && !/^\s*\*\S/u.test(raw)) {
      open = { bullet: Math.floor((bullet[1] ?? "").length / 2), lines: [bullet[2] ?? ""] };
      out.push(open);
      continue;
    }
    if (open) open.lines.push(raw.replace(/ {2}$/u, ""));
    else {
      open = { lines: [raw.replace(/ {2}$/u, "")] };
      out.push(open);
    }
  }
  return out;
}

/**
 * "**E. Valg****Hovedmål**" is two bold paragraphs that the PDF conversion glued together;
 * in Word they are two paragraphs again (adjacent bold runs would merge into one).
 */
function unglue(block: Block): Block[] {
  const joined = block.lines.map((l) => l.trim()).join(" ");
  if (block.heading || block.bullet !== undefined || !/^(?:\*\*[^*]+\*\*\s*){2,}$/u.test(joined)) return [block];
  return [...joined.matchAll(/\*\*[^*]+\*\*/gu)].map((m) => ({ lines: [m[0]] }));
}

export async function markdownToDocx(markdown: string): Promise<Buffer> {
  const children = blocks(markdown)
    .flatMap(unglue)
    .map((b) => {
      const content = runs(b.lines);
      if (b.heading) return new Paragraph({ heading: LEVELS[b.heading - 1], children: content });
      if (b.bullet !== undefined) return new Paragraph({ bullet: { level: Math.min(b.bullet, 8) }, children: content });
      return new Paragraph({ children: content });
    });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
