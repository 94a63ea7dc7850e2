/**
 * Splits the block stream into the parts of a virksomhedsplan (title, introduction,
 * departments with their profile, status and goals parts) and gives every block its
 * heading path. The table of contents is skipped: only the body counts.
 */
import type { Block } from "./blocks.js";
import { classifyHeading, type HeadingKind } from "./headings.js";

export interface Placed {
  block: Block;
  /** Meaning of a heading block; undefined for text blocks. */
  meaning?: HeadingKind;
  section: string;
}

export interface PartOutline {
  heading: string;
  line: number;
  /** Year of a status part ("Status på 2008", "Mål 2008"). */
  year: number | null;
  blocks: Placed[];
}

export interface DepartmentOutline {
  name: string;
  heading: string;
  line: number;
  profile: Placed[];
  status: PartOutline[];
  goals: PartOutline[];
}

export interface Outline {
  title: { text: string; line: number; owner: string; year: number } | null;
  intro: { heading: string; line: number; administration: string; year: number; blocks: Placed[] } | null;
  departments: DepartmentOutline[];
  sections: Array<{ line: number; section: string }>;
}

type Zone = "preamble" | "toc" | "intro" | "profile" | "status" | "goals";

export function outline(blocks: readonly Block[]): Outline {
  const result: Outline = { title: null, intro: null, departments: [], sections: [] };
  let zone: Zone = "preamble";
  let dept: DepartmentOutline | null = null;
  let part: PartOutline | null = null;
  // Semantic heading path: [owner, part, topic/goal, field].
  let path: string[] = [];
  const setPath = (depth: number, heading: string, line: number) => {
    // "E. Digitaliseringsstrategi." -> "E. Digitaliseringsstrategi" (abbreviations keep their dot).
    const text = heading.replace(/(?<![.\s]\p{L})\.$/u, "");
    path = [...path.slice(0, depth), text];
    result.sections.push({ line, section: path.join(" > ") });
  };

  for (const block of blocks) {
    if (block.kind !== "heading") {
      const placed: Placed = { block, section: path.join(" > ") };
      if (zone === "intro") result.intro?.blocks.push(placed);
      else if (zone === "profile") dept?.profile.push(placed);
      else if (zone === "status" || zone === "goals") part?.blocks.push(placed);
      continue;
    }
    const meaning = classifyHeading(block.text);
    switch (meaning.kind) {
      case "toc":
        zone = "toc";
        setPath(0, block.text, block.line);
        continue;
      case "intro":
        zone = "intro";
        result.intro = {
          heading: block.text,
          line: block.line,
          administration: meaning.administration,
          year: meaning.year,
          blocks: [],
        };
        setPath(0, block.text, block.line);
        continue;
      case "plan":
        if (!result.title) {
          result.title = { text: block.text, line: block.line, owner: meaning.owner, year: meaning.year };
          setPath(0, block.text, block.line);
          continue;
        }
        dept = { name: meaning.owner, heading: block.text, line: block.line, profile: [], status: [], goals: [] };
        result.departments.push(dept);
        zone = "profile";
        part = null;
        setPath(0, meaning.owner, block.line);
        continue;
    }
    if (!dept || zone === "toc" || zone === "preamble") {
      if (zone === "intro") result.intro?.blocks.push({ block, meaning, section: path.join(" > ") });
      continue;
    }
    if (meaning.kind === "profile" || meaning.kind === "status" || meaning.kind === "goals") {
      zone = meaning.kind;
      setPath(1, block.text, block.line);
      if (meaning.kind === "profile") continue;
      part = {
        heading: block.text,
        line: block.line,
        year: meaning.kind === "status" ? meaning.year : meaning.year,
        blocks: [],
      };
      (meaning.kind === "status" ? dept.status : dept.goals).push(part);
      continue;
    }
    const inGoal = zone === "goals" && part?.blocks.some((p) => p.meaning?.kind === "lettered");
    if (meaning.kind === "lettered") setPath(2, block.text, block.line);
    else if (meaning.kind === "field") setPath(zone === "profile" ? 2 : 3, block.text.replace(/:$/, ""), block.line);
    else if (!inGoal) setPath(2, block.text, block.line);
    const placed: Placed = { block, meaning, section: path.join(" > ") };
    if (zone === "profile") dept.profile.push(placed);
    else part?.blocks.push(placed);
  }
  return result;
}

/** The section in force at a line: the last heading path that started at or before it. */
export function sectionLookup(sections: Outline["sections"]): (line: number) => string {
  return (line) => {
    let found = "";
    for (const s of sections) {
      if (s.line > line) break;
      found = s.section;
    }
    return found;
  };
}
