/**
 * Loads synthetic plans into Neo4j with batched UNWIND writes, reporting elements per second.
 * Two paths, so the bench can measure which one import should use:
 * - "per-plan": the product's own loadPlanGraph, one write transaction per plan (with prune);
 * - "batched": rows of many plans per transaction (about `batchElements` elements), no prune.
 * Both write through the same MERGE statements (mergeGraph), so both store the same properties.
 */
import type { GraphDb, Tx } from "../driver.js";
import type { PlanGraph } from "../model.js";
import { loadPlanGraph, mergeGraph } from "../repositories/plan-load.repository.js";
import * as cypher from "./load.cypher.js";
import { Progress } from "./progress.js";

export type LoadMode = "per-plan" | "batched";

export interface LoadOptions {
  mode?: LoadMode;
  /** Elements (nodes + relationships) per transaction in "batched" mode. */
  batchElements?: number;
  /** Write transactions in flight at once in "batched" mode (plans are disjoint, so they do not contend). */
  concurrency?: number;
  /** Total elements expected, for the progress bar (0 = no bar). */
  totalElements?: number;
  label?: string;
}

export interface SyntheticLoadReport {
  mode: LoadMode;
  plans: number;
  nodes: number;
  relationships: number;
  ms: number;
  elementsPerSecond: number;
}

async function writeBatch(tx: Tx, plans: PlanGraph[]): Promise<void> {
  await mergeGraph(
    tx,
    plans.flatMap((p) => p.nodes),
    plans.flatMap((p) => p.edges),
  );
}

export async function loadSynthetic(
  db: GraphDb,
  plans: Iterable<PlanGraph>,
  options: LoadOptions = {},
): Promise<SyntheticLoadReport> {
  const mode = options.mode ?? "batched";
  const batchElements = options.batchElements ?? 20_000;
  const progress = options.totalElements
    ? new Progress(options.label ?? `load (${mode})`, options.totalElements)
    : undefined;
  const report: SyntheticLoadReport = { mode, plans: 0, nodes: 0, relationships: 0, ms: 0, elementsPerSecond: 0 };
  const started = performance.now();
  let pending: PlanGraph[] = [];
  let pendingElements = 0;
  const inFlight = new Set<Promise<void>>();
  const flush = async () => {
    if (!pending.length) return;
    const batch = pending;
    const elements = pendingElements;
    pending = [];
    pendingElements = 0;
    const write = db.write("load-synthetic", (tx) => writeBatch(tx, batch)).then(() => progress?.tick(elements));
    inFlight.add(write);
    void write.finally(() => inFlight.delete(write)).catch(() => {});
    if (inFlight.size >= (options.concurrency ?? 1)) await Promise.race(inFlight);
  };
  for (const plan of plans) {
    const elements = plan.nodes.length + plan.edges.length;
    report.plans += 1;
    report.nodes += plan.nodes.length;
    report.relationships += plan.edges.length;
    if (mode === "per-plan") {
      await loadPlanGraph(db, plan);
      progress?.tick(elements);
      continue;
    }
    pending.push(plan);
    pendingElements += elements;
    if (pendingElements >= batchElements) await flush();
  }
  await flush();
  await Promise.all(inFlight);
  report.ms = performance.now() - started;
  report.elementsPerSecond = ((report.nodes + report.relationships) * 1000) / Math.max(1, report.ms);
  return report;
}

/** Empties the database in bounded transactions. */
export async function wipe(db: GraphDb, limit = 10_000): Promise<void> {
  for (;;) {
    const [row] = await db.write("wipe", (tx) => tx.run<{ count: number }>(cypher.wipeBatch, { limit }));
    if ((row?.count ?? 0) < limit) return;
  }
}

export async function countAll(db: GraphDb): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read("count-all", (tx) => tx.run<{ nodes: number; relationships: number }>(cypher.countAll));
  return { nodes: row?.nodes ?? 0, relationships: row?.relationships ?? 0 };
}
