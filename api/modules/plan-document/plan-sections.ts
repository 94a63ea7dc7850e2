/**
 * A plan's Markdown -> its sections for reading: every heading starts a section named by
 * the parser's heading path (the `section` every node and quote carries), anchored by the
 * slug of that path. Headings inside a goal that the parser does not put in the path
 * ("Hovedmål", "Strategi" under a lettered goal) stay in their section as sub-headings.
 */
import { blockText, tokenize } from "../../../seeds/parser/blocks.js";
import { outline, sectionLookup } from "../../../seeds/parser/outline.js";
import { slugify } from "../../../graph/stored.js";

export type PlanBlockKind = "HEADING" | "PARAGRAPH" | "BULLET";

export interface PlanBlockRecord {
  kind: PlanBlockKind;
  text: string;
  /** Nesting depth of a bullet; 0 otherwise. */
  depth: number;
  line: number;
}

export interface PlanSectionRecord {
  anchor: string;
  /** The heading path, outermost first. */
  path: string[];
  /** The path joined by " > ", as nodes and quotes name their section. */
  section: string;
  heading: string;
  /** 1 for a part of the plan, deeper for headings below it. */
  level: number;
  line: number;
  blocks: PlanBlockRecord[];
}

/** The anchor of a heading path: the client computes the same from a quote's section. */
export const sectionAnchor = (section: string): string => slugify(section) || "top";

export function planSections(markdown: string): PlanSectionRecord[] {
  const blocks = tokenize(markdown);
  const { sections: starts } = outline(blocks);
  const sectionAt = sectionLookup(starts);
  // The paths that start at each line, in order: a line of glued bold headings starts several.
  const startsAt = new Map<number, string[]>();
  for (const s of starts) startsAt.set(s.line, [...(startsAt.get(s.line) ?? []), s.section]);
  const sections: PlanSectionRecord[] = [];
  const used = new Map<string, number>();
  let current: PlanSectionRecord | null = null;
  const open = (section: string, heading: string, line: number) => {
    const base = sectionAnchor(section);
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    const path = section ? section.split(" > ") : [];
    current = {
      anchor: seen ? `${base}-${seen + 1}` : base,
      path,
      section,
      heading,
      level: Math.max(1, path.length),
      line,
      blocks: [],
    };
    sections.push(current);
    return current;
  };
  for (const block of blocks) {
    if (block.kind === "heading") {
      const started = startsAt.get(block.line)?.shift();
      if (started !== undefined) open(started, block.text, block.line);
      else if (current)
        (current as PlanSectionRecord).blocks.push({ kind: "HEADING", text: block.text, depth: 0, line: block.line });
      else open("", block.text, block.line);
      continue;
    }
    const target: PlanSectionRecord = current ?? open(sectionAt(block.line), "", block.line);
    target.blocks.push({
      kind: block.kind === "bullet" ? "BULLET" : "PARAGRAPH",
      text: blockText(block),
      depth: block.kind === "bullet" ? block.depth : 0,
      line: block.line,
    });
  }
  return sections;
}
