/**
 * buildPlanGraph: plan document + curated facts -> PlanGraph, or PlanValidationError
 * listing every problem with file:line. Parsed structure, curated facts and detected
 * system uses are merged; a curated edge replaces a detected one between the same nodes.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PlanGraph, PlanGraphNode } from "../graph/model.js";
import { edgeKey } from "../graph/stored.js";
import { curatedEdges, curatedNodes } from "./facts/curated-graph.js";
import { detectSystemUses } from "./facts/detect-systems.js";
import { PlanValidationError, quote, type ValidationIssue } from "./facts/errors.js";
import { createEvidenceIndex } from "./facts/evidence.js";
import { loadFacts } from "./facts/load-facts.js";
import type { Facts } from "./facts/schema.js";
import { buildRefTable } from "./facts/refs.js";
import { sectionFinder } from "./facts/sections.js";
import { structureGraph } from "./facts/structure-graph.js";
import { validateFacts } from "./facts/validate.js";
import { parsePlanDocument, PlanParseError } from "./parser/parse-plan.js";

export { evidenceIsInPlan } from "./facts/evidence.js";
export { PlanValidationError } from "./facts/errors.js";

export interface PlanFiles {
  planFile: string;
  factsFile: string;
}

export interface PlanTexts extends PlanFiles {
  planText: string;
  factsText: string;
}

/** Paths in messages are relative to the working directory when inside it. */
function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}

export function buildPlanGraph({ planFile, factsFile }: PlanFiles): PlanGraph {
  const read = (file: string) => {
    try {
      return readFileSync(file, "utf8");
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new PlanValidationError([
        { file: display(file), line: 0, field: "(file)", message: `cannot read: ${reason}` },
      ]);
    }
  };
  return buildPlanGraphFromText({ planFile, factsFile, planText: read(planFile), factsText: read(factsFile) });
}

/** The same, from texts already in memory (tests, editors). */
export function buildPlanGraphFromText({ planFile, factsFile, planText, factsText }: PlanTexts): PlanGraph {
  const loaded = loadFacts(factsText, display(factsFile));
  if (!loaded.ok) throw new PlanValidationError(loaded.issues);
  const { facts, source } = loaded;
  let plan;
  try {
    plan = parsePlanDocument(planText, { planId: facts.plan.id, file: display(planFile) });
  } catch (error) {
    if (!(error instanceof PlanParseError)) throw error;
    throw new PlanValidationError([
      { file: error.file, line: error.line, field: "(plan)", message: error.message.replace(/^\S+:\d+ /, "") },
    ]);
  }
  const refs = buildRefTable(plan, facts);
  const evidence = createEvidenceIndex(planText);
  const issues = validateFacts({ plan, planText, planFile, facts, source, refs, evidence });
  if (issues.length > 0) throw new PlanValidationError(issues);

  const sectionOf = sectionFinder(plan, evidence);
  const structure = structureGraph({ plan, municipality: facts.plan.municipality });
  const curatedInput = { planId: plan.planId, year: plan.year, facts, refs, sectionOf };
  const curated = curatedEdges(curatedInput);
  const ignored = new Set(facts.ignoreDetected.map((i) => `${refs.get(i.from)?.id}|${refs.get(i.to)?.id}`));
  const taken = new Set(curated.map(edgeKey));
  const detected = detectSystemUses(plan, facts, { ignored, sectionOf }).filter((e) => !taken.has(edgeKey(e)));
  const merged = [...structure.edges, ...curated, ...detected];
  const nodes = [...withCuratedOutcomes(structure.nodes, facts, refs), ...curatedNodes(curatedInput, merged)];
  // An inferred edge between curated nodes quotes nothing: it sits where its nodes are named.
  const sourceOf = new Map(nodes.map((n) => [n.id, n.source]));
  const edges = merged.map((e) =>
    e.section !== "" ? e : { ...e, section: sourceOf.get(e.from) || sourceOf.get(e.to) || "" },
  );
  const graph: PlanGraph = { planId: plan.planId, nodes, edges };
  assertConsistent(graph, plan.file, (e) => evidence.contains(e));
  return graph;
}

/** Status lines whose outcome the curators read more finely than the parser: their outcome and phrase. */
function withCuratedOutcomes(
  nodes: PlanGraphNode[],
  facts: Facts,
  refs: ReturnType<typeof buildRefTable>,
): PlanGraphNode[] {
  const curated = new Map(facts.statusOutcomes.map((o) => [refs.get(o.status)?.id, o]));
  return nodes.map((node) => {
    const reading = node.kind === "StatusItem" ? curated.get(node.id) : undefined;
    return reading && node.kind === "StatusItem"
      ? { ...node, outcome: reading.outcome, outcomeText: reading.phrase.replace(/\s+/g, " ").trim() }
      : node;
  });
}

/** A last guard on what the parser and detector produced themselves. */
function assertConsistent(graph: PlanGraph, planFile: string, inPlan: (evidence: string) => boolean): void {
  const issues: ValidationIssue[] = [];
  const ids = new Set<string>();
  for (const n of graph.nodes) {
    if (ids.has(n.id)) issues.push({ file: planFile, line: 0, field: n.id, message: "duplicate node id" });
    ids.add(n.id);
  }
  const keys = new Set<string>();
  for (const e of graph.edges) {
    const key = edgeKey(e);
    if (keys.has(key)) issues.push({ file: planFile, line: 0, field: key, message: "duplicate edge" });
    keys.add(key);
    if (!ids.has(e.from) || !ids.has(e.to))
      issues.push({ file: planFile, line: 0, field: key, message: "edge to a missing node" });
    if (e.evidence !== "" && !inPlan(e.evidence)) {
      issues.push({
        file: planFile,
        line: 0,
        field: key,
        message: `${e.origin} evidence not found in the plan text: ${quote(e.evidence)}`,
      });
    }
  }
  if (issues.length > 0) throw new PlanValidationError(issues);
}
