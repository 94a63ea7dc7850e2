/** Impact (transitive dependents or dependencies of a node) and the shortest explanation between two nodes. */
import type { GraphDb } from "../driver.js";
import * as cypher from "../cypher/impact.cypher.js";
import { layerImpact, type ImpactLayers, type ImpactWay } from "./algorithms/impact-layers.js";
import { joinEdge, markPartial, toEdge, type EdgeRow, type LightEdgeRow, type StoredEdge, type StoredNode } from "./records.js";

export { MAX_DEPTH } from "../cypher/impact.cypher.js";
export type { ImpactWay, ImpactedRecord } from "./algorithms/impact-layers.js";

/** Nodes an impact answer lists at most; the rest is reported as cut off. */
export const MAX_IMPACT_NODES = 500;
/** Nodes the closure query collects at most (bounds the work before any cut). */
const FETCH_CAP = 5_000;

export interface ImpactRecord extends ImpactLayers {
  root: StoredNode;
  way: ImpactWay;
  maxDepth: number;
}

export const clampDepth = (depth: number) => Math.min(cypher.MAX_DEPTH, Math.max(1, Math.trunc(depth)));

/**
 * Null when `id` names no node. `properties`: what to read of each node beyond the core ones
 * (the nodes are then marked partial); every stored property when null.
 */
export async function impactOf(db: GraphDb, id: string, way: ImpactWay, maxDepth: number, properties: readonly string[] | null = null): Promise<ImpactRecord | null> {
  const depth = clampDepth(maxDepth);
  const [row] = await db.read(`impact:${way}`, (tx) =>
    tx.run<{ found: number; nodes: StoredNode[]; edges: LightEdgeRow[] }>(cypher.closure(way, properties), { id, cap: FETCH_CAP }),
  );
  if (!row) return null;
  if (properties !== null) markPartial(row.nodes);
  // Each member (the root included) comes once; the edges name their ends by id.
  const members = new Map(row.nodes.map((node) => [node.id, node]));
  const root = members.get(id);
  if (!root) throw new Error(`impact: the closure of ${id} does not list its root`);
  const layers = layerImpact(root, row.edges.map((edge) => joinEdge(edge, members)), {
    way,
    maxDepth: depth,
    maxNodes: MAX_IMPACT_NODES,
    ceiling: cypher.MAX_DEPTH + 1,
    fetchCapped: row.found >= FETCH_CAP,
    fetchCap: FETCH_CAP,
  });
  return { root, way, maxDepth: depth, ...layers };
}

export interface ChainRecord {
  nodes: StoredNode[];
  hops: StoredEdge[];
}

/**
 * The shortest chain of dependency edges between two nodes, following edges either way.
 * `missing` names an id that is not in the graph; `chain` is null when no chain connects them.
 */
export async function shortestChain(db: GraphDb, from: string, to: string): Promise<{ missing: string | null; chain: ChainRecord | null }> {
  return db.read("shortest-chain", async (tx) => {
    const found = await tx.run<{ node: StoredNode }>(cypher.endpoints, { ids: [from, to] });
    const byId = new Map(found.map((row) => [row.node.id, row.node]));
    const missing = [from, to].find((id) => !byId.has(id)) ?? null;
    if (missing !== null) return { missing, chain: null };
    if (from === to) return { missing: null, chain: { nodes: [byId.get(from)!], hops: [] } };
    const rows = await tx.run<{ hop: EdgeRow }>(cypher.shortestPath, { from, to });
    if (!rows.length) return { missing: null, chain: null };
    const hops = rows.map((row) => toEdge(row.hop));
    // Walk from `from`: each hop adds whichever end is not the node before it.
    const nodes = [byId.get(from)!];
    for (const hop of hops) nodes.push(hop.from.id === nodes[nodes.length - 1]!.id ? hop.to : hop.from);
    return { missing: null, chain: { nodes, hops } };
  });
}
