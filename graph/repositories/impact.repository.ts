/** Impact (transitive dependents or dependencies of a node) and the shortest explanation between two nodes. */
import type { GraphDb } from "../driver.js";
import * as cypher from "../cypher/impact.cypher.js";
import { layerImpact, type ImpactLayers, type ImpactWay } from "./algorithms/impact-layers.js";
import type { NodeKind } from "../model.js";
import { RELATIONS } from "../relations.js";
import { compareText } from "./algorithms/collation.js";
import { passesOn, slipTarget } from "./algorithms/slip.js";
import { joinEdge, markPartial, type LightEdgeRow, type StoredEdge, type StoredNode } from "./records.js";

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
export async function impactOf(
  db: GraphDb,
  id: string,
  way: ImpactWay,
  maxDepth: number,
  properties: readonly string[] | null = null,
): Promise<ImpactRecord | null> {
  const depth = clampDepth(maxDepth);
  const [row] = await db.read(`impact:${way}`, (tx) =>
    tx.run<{ found: number; nodes: StoredNode[]; edges: LightEdgeRow[] }>(cypher.closure(way, properties), {
      id,
      cap: FETCH_CAP,
    }),
  );
  if (!row) return null;
  if (properties !== null) markPartial(row.nodes);
  // Each member (the root included) comes once; the edges name their ends by id.
  const members = new Map(row.nodes.map((node) => [node.id, node]));
  const root = members.get(id);
  if (!root) throw new Error(`impact: the closure of ${id} does not list its root`);
  const layers = layerImpact(
    root,
    row.edges.map((edge) => joinEdge(edge, members)),
    {
      way,
      maxDepth: depth,
      maxNodes: MAX_IMPACT_NODES,
      ceiling: cypher.MAX_DEPTH + 1,
      fetchCapped: row.found >= FETCH_CAP,
      fetchCap: FETCH_CAP,
    },
  );
  return { root, way, maxDepth: depth, ...layers };
}

/** How a hop of a path runs against its edge: the edge's own direction, against it, or a symmetric edge. */
export type HopDirection = "ALONG" | "AGAINST" | "SYMMETRIC";

export interface ChainHop {
  edge: StoredEdge;
  /** The node the hop leaves and the one it reaches, in the walk's order. */
  from: StoredNode;
  to: StoredNode;
  direction: HopDirection;
  /** True when a slip of `from` hits `to` along this edge (slip.ts rules). */
  carriesSlip: boolean;
}

export interface ChainRecord {
  nodes: StoredNode[];
  hops: StoredEdge[];
  steps: ChainHop[];
  /** downstream: every hop carries a slip from its start to its end; upstream: every hop the reverse; null: mixed. */
  way: ImpactWay | null;
}

/**
 * The shortest chain of dependency edges between two nodes, each edge walked either way and
 * every hop labelled with its direction. Departments, organisations and themes are not
 * gone through (as impact never goes through them) unless `allowHubs`; the two ends may be
 * anything. `missing` names an id that is not in the graph; `chain` is null when no chain
 * of at most MAX_DEPTH + 1 hops connects them.
 */
export async function shortestChain(
  db: GraphDb,
  from: string,
  to: string,
  allowHubs = false,
): Promise<{ missing: string | null; chain: ChainRecord | null }> {
  return db.read("shortest-chain", async (tx) => {
    const found = await tx.run<{ node: StoredNode }>(cypher.endpoints, { ids: [from, to] });
    const byId = new Map(found.map((row) => [row.node.id, row.node]));
    const missing = [from, to].find((id) => !byId.has(id)) ?? null;
    if (missing !== null) return { missing, chain: null };
    if (from === to) return { missing: null, chain: { nodes: [byId.get(from)!], hops: [], steps: [], way: null } };
    const reachedBy = new Map<string, LightEdgeRow>();
    const seen = new Set([from]);
    let frontier = [from];
    for (let level = 0; level <= cypher.MAX_DEPTH && frontier.length && !seen.has(to); level++) {
      const rows = await tx.run<{ at: string; next: string; nextKind: NodeKind; edge: LightEdgeRow }>(
        cypher.pathLevel,
        { ids: frontier },
      );
      rows.sort((a, b) => compareText(a.at, b.at) || compareText(a.edge.id, b.edge.id));
      const following: string[] = [];
      for (const row of rows) {
        if (seen.has(row.next)) continue;
        seen.add(row.next);
        reachedBy.set(row.next, row.edge);
        if (row.next !== to && (allowHubs || passesOn(row.nextKind))) following.push(row.next);
      }
      frontier = following;
    }
    if (!seen.has(to)) return { missing: null, chain: null };
    const lightHops: LightEdgeRow[] = [];
    for (let at = to; at !== from;) {
      const edge = reachedBy.get(at)!;
      lightHops.unshift(edge);
      at = edge.from === at ? edge.to : edge.from;
    }
    const ids = [...new Set(lightHops.flatMap((e) => [e.from, e.to]))];
    const nodes = new Map(
      (await tx.run<{ node: StoredNode }>(cypher.endpoints, { ids })).map((row) => [row.node.id, row.node]),
    );
    const hops = lightHops.map((e) => joinEdge(e, nodes));
    const walk = [byId.get(from)!];
    const steps = hops.map((edge): ChainHop => {
      const start = walk[walk.length - 1]!;
      const end = edge.from.id === start.id ? edge.to : edge.from;
      walk.push(end);
      const symmetric = RELATIONS[edge.type].symmetric;
      const plain = { type: edge.type, from: edge.from.id, to: edge.to.id };
      return {
        edge,
        from: start,
        to: end,
        direction: symmetric ? "SYMMETRIC" : edge.from.id === start.id ? "ALONG" : "AGAINST",
        carriesSlip: slipTarget(plain, start.id, "downstream") === end.id,
      };
    });
    const upstream = steps.every(
      (s) =>
        slipTarget({ type: s.edge.type, from: s.edge.from.id, to: s.edge.to.id }, s.from.id, "upstream") === s.to.id,
    );
    const way: ImpactWay | null = steps.every((s) => s.carriesSlip) ? "downstream" : upstream ? "upstream" : null;
    return { missing: null, chain: { nodes: walk, hops, steps, way } };
  });
}
