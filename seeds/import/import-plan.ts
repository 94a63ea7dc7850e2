/**
 * Importing a plan document: file -> Markdown -> parser -> the plan graph (structure only,
 * no facts file) -> one write transaction, then the suggester's proposals, stored apart
 * from the graph for review. Everything is checked before anything is written: a file
 * that is not a plan gets a one-line ImportError and the database is left as it was.
 */
import path from "node:path";
import type { GraphDb } from "../../graph/driver.js";
import type { PlanGraph } from "../../graph/model.js";
import { loadPlanGraph, type LoadReport } from "../../graph/repositories/plan-load.repository.js";
import { catalogue, savePlanSource, saveSuggestions } from "../../graph/repositories/suggestion.repository.js";
import { buildPlanGraphFromText, PlanValidationError } from "../build-plan-graph.js";
import { parsePlanDocument, PlanParseError } from "../parser/parse-plan.js";
import { slugify } from "../../graph/stored.js";
import type { ParsedPlan } from "../parser/types.js";
import { mergeCatalogue } from "../suggest/catalogue.js";
import { suggestionRow } from "../suggest/rows.js";
import { suggestFacts } from "../suggest/suggest.js";
import type { CatalogueEntry } from "../suggest/types.js";
import { ImportError } from "./errors.js";
import { readPlanFile } from "./read-plan-file.js";

export interface ImportOptions {
  file: string;
  planId?: string | undefined;
  municipality?: string | undefined;
}

export interface PreparedImport {
  planId: string;
  file: string;
  markdown: string;
  municipality: string;
  plan: ParsedPlan;
  graph: PlanGraph;
}

/** The municipality the text names most often ("Lyngby-Taarbæk Kommune"). */
export function guessMunicipality(markdown: string): string {
  const counts = new Map<string, number>();
  for (const m of markdown.matchAll(/(?<![\p{L}])(\p{Lu}[\p{L}-]+) Kommune(?![\p{L}])/gu))
    counts.set(`${m[1]} Kommune`, (counts.get(`${m[1]} Kommune`) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "Ukendt kommune";
}

const PLAN_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** Reads, converts, parses and builds; writes nothing. */
export async function prepareImport(opts: ImportOptions): Promise<PreparedImport> {
  const name = path.basename(opts.file);
  const markdown = await readPlanFile(opts.file);
  let plan: ParsedPlan;
  try {
    plan = parsePlanDocument(markdown, { planId: opts.planId ?? "import", file: name });
  } catch (error) {
    if (!(error instanceof PlanParseError)) throw error;
    const reason = /no department/.test(error.message)
      ? 'no departments found (no heading "<Afdeling>s virksomhedsplan <år>")'
      : 'not a plan (no title "<forvaltning> virksomhedsplan <år>")';
    throw new ImportError(`${name}: ${reason}`);
  }
  if (plan.departments.every((d) => d.goals.length === 0))
    throw new ImportError(`${name}: no lettered goals (hovedmål "A. ...") found in any department`);
  const planId = opts.planId ?? `${slugify(plan.administration)}-${plan.year}`;
  if (!PLAN_ID.test(planId)) throw new ImportError(`--plan-id "${planId}" must be a lower-case slug (a-z, 0-9, -)`);
  const municipality = opts.municipality ?? guessMunicipality(markdown);
  const factsText = `plan:\n  id: ${planId}\n  file: ${JSON.stringify(name)}\n  municipality: ${JSON.stringify(municipality)}\n`;
  let graph: PlanGraph;
  try {
    graph = buildPlanGraphFromText({ planFile: name, factsFile: "(no facts)", planText: markdown, factsText });
  } catch (error) {
    if (error instanceof PlanValidationError)
      throw new ImportError(`${name}: ${error.message.split("\n").slice(0, 2).join(" ")}`);
    throw error;
  }
  return {
    planId,
    file: name,
    markdown,
    municipality,
    plan: parsePlanDocument(markdown, { planId, file: name }),
    graph,
  };
}

export interface ImportReport {
  load: LoadReport;
  suggestions: number;
}

export async function importPlan(db: GraphDb, opts: ImportOptions): Promise<ImportReport> {
  const prepared = await prepareImport(opts);
  const load = await loadPlanGraph(db, prepared.graph);
  await savePlanSource(db, {
    planId: prepared.planId,
    file: prepared.file,
    markdown: prepared.markdown,
    municipality: prepared.municipality,
  });
  const known: CatalogueEntry[] = (await catalogue(db, prepared.planId)).map((c) => ({
    kind: c.kind === "System" ? "SYSTEM" : "ORGANISATION",
    name: c.name,
    aliases: c.aliases,
    ...(c.category ? { category: c.category } : {}),
  }));
  const suggestions = suggestFacts({
    plan: prepared.plan,
    markdown: prepared.markdown,
    catalogue: mergeCatalogue(known),
    municipality: prepared.municipality,
  });
  await saveSuggestions(db, suggestions.map(suggestionRow));
  return { load, suggestions: suggestions.length };
}
