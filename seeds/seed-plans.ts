/**
 * Loading plan documents into the graph: build (parse + validate + merge curated facts),
 * then one write transaction. A plan that fails validation writes nothing.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { exitOnError } from "../graph/cli-args.js";
import type { GraphDb } from "../graph/driver.js";
import type { Logger } from "../graph/logger.js";
import { hasAnyPlan, loadPlanGraph, type LoadReport } from "../graph/repositories/plan-load.repository.js";
import { savePlanSource } from "../graph/repositories/suggestion.repository.js";
import { buildPlanGraph } from "./build-plan-graph.js";
import { PlanValidationError } from "./facts/errors.js";

const here = path.dirname(fileURLToPath(import.meta.url));

export interface PlanSource {
  planFile: string;
  factsFile: string;
}

/** The plans `npm start` loads into an empty database. */
export const SEED_PLANS: PlanSource[] = [
  {
    planFile: path.join(here, "virksomhedsplan-2009.md"),
    factsFile: path.join(here, "virksomhedsplan-2009.facts.yaml"),
  },
];

export async function seedPlan(db: GraphDb, source: PlanSource): Promise<LoadReport> {
  const graph = await buildPlanGraph(source);
  const report = await loadPlanGraph(db, graph);
  // The plan reader reads the stored Markdown, as it does for imported plans.
  const plan = graph.nodes.find((n) => n.kind === "Plan");
  await savePlanSource(db, {
    planId: graph.planId,
    file: path.basename(source.planFile),
    markdown: readFileSync(source.planFile, "utf8"),
    municipality: plan?.kind === "Plan" ? plan.municipality : "",
  });
  return report;
}

export function formatReport(report: LoadReport): string {
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
  const removed =
    report.removedNodes || report.removedRelationships
      ? ` (removed ${report.removedNodes} nodes and ${report.removedRelationships} relationships no longer in the plan)`
      : "";
  return `Loaded plan ${report.planId}: nodes: ${list(report.nodes)}; relationships: ${list(report.relationships)}${removed}`;
}

/** Loads the seed plans when the database holds no plan at all; returns whether it did. */
export async function seedIfEmpty(db: GraphDb, log: (line: string) => void): Promise<boolean> {
  if (await hasAnyPlan(db)) return false;
  for (const source of SEED_PLANS) log(formatReport(await seedPlan(db, source)));
  return true;
}

/**
 * How a loading CLI ends on an error: a plan's validation problems in full on stderr (the list,
 * file:line each, is the answer the author needs, and a log line would cut it), anything else
 * logged.
 */
export function exitOnLoadError(log: Logger): (error: unknown) => never {
  return (error) => {
    if (error instanceof PlanValidationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    return exitOnError(log)(error);
  };
}
