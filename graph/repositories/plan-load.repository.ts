/**
 * Loads a validated PlanGraph in one write transaction: MERGE on ids (idempotent), then
 * prunes what an earlier load of the same plan had and this one lacks. Loading the same
 * plan twice leaves the graph exactly as it was.
 */
import type { GraphDb, Tx } from "../driver.js";
import { NODE_KINDS, REL_TYPES, type PlanGraph, type PlanGraphEdge, type PlanGraphNode } from "../model.js";
import { edgeKey, edgeProps, nodeProps } from "../stored.js";
import * as cypher from "../cypher/plan-load.cypher.js";

export interface LoadReport {
  planId: string;
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  removedNodes: number;
  removedRelationships: number;
}

async function single(tx: Tx, query: string, params: Record<string, unknown>): Promise<number> {
  const [row] = await tx.run<{ count: number }>(query, params);
  return row?.count ?? 0;
}

/**
 * MERGEs nodes and edges on their ids and keys with the stored shape of graph/stored.ts,
 * one statement per label and type; counts what was written per label and type. An edge
 * whose end is missing rolls the transaction back.
 */
export async function mergeGraph(
  tx: Tx,
  nodes: readonly PlanGraphNode[],
  edges: readonly PlanGraphEdge[],
): Promise<Pick<LoadReport, "nodes" | "relationships">> {
  const written: Pick<LoadReport, "nodes" | "relationships"> = { nodes: {}, relationships: {} };
  for (const kind of NODE_KINDS) {
    const rows = nodes.filter((n) => n.kind === kind).map((n) => ({ id: n.id, props: nodeProps(n) }));
    if (rows.length) written.nodes[kind] = await single(tx, cypher.mergeNodes(kind), { rows });
  }
  for (const type of REL_TYPES) {
    const rows = edges.filter((e) => e.type === type).map((e) => ({ from: e.from, to: e.to, props: edgeProps(e) }));
    if (!rows.length) continue;
    const count = await single(tx, cypher.mergeEdges(type), { rows });
    if (count !== rows.length) {
      // A MATCH found no node: the graph refers to an id it does not hold. Roll back.
      throw new Error(`Loading ${type} edges: ${rows.length - count} of ${rows.length} refer to missing nodes.`);
    }
    written.relationships[type] = count;
  }
  return written;
}

export async function loadPlanGraph(db: GraphDb, graph: PlanGraph): Promise<LoadReport> {
  return db.write("load-plan", async (tx) => {
    const written = await mergeGraph(tx, graph.nodes, graph.edges);
    const removedRelationships = await single(tx, cypher.pruneEdges, {
      planId: graph.planId,
      keys: graph.edges.map(edgeKey),
    });
    const removedNodes = await single(tx, cypher.pruneNodes, {
      planId: graph.planId,
      ids: graph.nodes.map((n) => n.id),
    });
    return { planId: graph.planId, ...written, removedNodes, removedRelationships };
  });
}

export async function hasAnyPlan(db: GraphDb): Promise<boolean> {
  const [row] = await db.read("has-any-plan", (tx) => tx.run<{ count: number }>(cypher.anyPlan));
  return (row?.count ?? 0) > 0;
}

/** Counts per label and relationship type of one plan, as stored. */
export async function countPlan(
  db: GraphDb,
  planId: string,
): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const rows = await db.read("count-plan", (tx) =>
    tx.run<{ kind: string; nodes: number; rels: string[] }>(cypher.countPlan, { planId }),
  );
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  for (const row of rows) {
    nodes[row.kind] = row.nodes;
    for (const rel of row.rels) relationships[rel] = (relationships[rel] ?? 0) + 1;
  }
  return { nodes, relationships };
}
