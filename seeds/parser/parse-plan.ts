/**
 * parsePlanDocument: a virksomhedsplan in Markdown -> its structure. Generic rules only
 * (see blocks.ts, headings.ts, goals.ts, status.ts): no department, letter or year is
 * known in advance, so next year's plan or another municipality's parses unchanged.
 */
import { tokenize } from "./blocks.js";
import { parseGoals } from "./goals.js";
import { introText, parseThemes } from "./intro.js";
import { outline, sectionLookup } from "./outline.js";
import { parseProfile } from "./profile.js";
import { parseStatus } from "./status.js";
import type { ParsedDepartment, ParsedPlan } from "./types.js";

export class PlanParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line} ${message}`);
    this.name = "PlanParseError";
  }
}

export function parsePlanDocument(markdown: string, opts: { planId: string; file: string }): ParsedPlan {
  const shape = outline(tokenize(markdown));
  if (!shape.title) throw new PlanParseError(opts.file, 1, 'no title "<owner> virksomhedsplan <year>" found');
  if (shape.departments.length === 0) {
    throw new PlanParseError(
      opts.file,
      shape.title.line,
      'no department section "<Name>s virksomhedsplan <year>" found',
    );
  }
  const departments: ParsedDepartment[] = shape.departments.map((d) => ({
    name: d.name,
    heading: d.heading,
    line: d.line,
    section: d.name,
    ...parseProfile(d.profile),
    statusItems: parseStatus(d.status),
    goals: parseGoals(d.goals),
  }));
  const introBlocks = shape.intro?.blocks ?? [];
  return {
    planId: opts.planId,
    file: opts.file,
    title: shape.title.text,
    administration: shape.intro?.administration ?? shape.title.owner,
    year: shape.title.year,
    intro: introText(introBlocks),
    themes: parseThemes(introBlocks),
    departments,
    sectionAt: sectionLookup(shape.sections),
  };
}
