/**
 * Import: grows the database to a node count with synthetic plans. Chunks of ~20k elements
 * alternate between the product's per-plan loader and the batched path, so both rates are
 * measured on the same database size and under the same noise.
 */
import type { GraphDb } from "../../../graph/driver.js";
import { generatePlan, generatePlans, planRangeForNodes } from "../../../graph/synthetic/generate.js";
import { loadSynthetic, wipe, type LoadMode } from "../../../graph/synthetic/load.js";
import { Progress } from "../../../graph/synthetic/progress.js";
import type { PlanGraph } from "../../../graph/model.js";

export interface ImportTotals {
  plans: number;
  nodes: number;
  relationships: number;
  byMode: Record<LoadMode, { elements: number; ms: number }>;
}

export function newTotals(): ImportTotals {
  return {
    plans: 0,
    nodes: 0,
    relationships: 0,
    byMode: { "per-plan": { elements: 0, ms: 0 }, batched: { elements: 0, ms: 0 } },
  };
}

/** Compiles both paths' Cypher once (on throw-away data), then empties the database. */
export async function warmImport(db: GraphDb): Promise<void> {
  await loadSynthetic(db, [generatePlan(0)], { mode: "per-plan" });
  await loadSynthetic(db, [generatePlan(1)], { mode: "batched" });
  await wipe(db);
}

const CHUNK_ELEMENTS = 20_000;

export async function importTo(db: GraphDb, targetNodes: number, totals: ImportTotals): Promise<void> {
  const range = planRangeForNodes(targetNodes);
  if (range.count <= totals.plans) return;
  const progress = new Progress(
    `import to ${targetNodes.toLocaleString("en")} nodes`,
    range.nodes + range.edges - totals.nodes - totals.relationships,
  );
  let chunk: PlanGraph[] = [];
  let chunkElements = 0;
  let turn = 0;
  const flush = async () => {
    if (!chunk.length) return;
    const mode: LoadMode = turn++ % 2 === 0 ? "batched" : "per-plan";
    const report = await loadSynthetic(db, chunk, { mode, batchElements: CHUNK_ELEMENTS / 2, concurrency: 2 });
    totals.byMode[mode].elements += report.nodes + report.relationships;
    totals.byMode[mode].ms += report.ms;
    progress.tick(report.nodes + report.relationships);
    chunk = [];
    chunkElements = 0;
  };
  for (const plan of generatePlans(totals.plans, range.count)) {
    chunk.push(plan);
    chunkElements += plan.nodes.length + plan.edges.length;
    totals.plans += 1;
    totals.nodes += plan.nodes.length;
    totals.relationships += plan.edges.length;
    if (chunkElements >= CHUNK_ELEMENTS) await flush();
  }
  await flush();
}

export const rate = (m: { elements: number; ms: number }) => (m.ms > 0 ? (m.elements * 1000) / m.ms : Number.NaN);
