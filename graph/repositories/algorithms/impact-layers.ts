/**
 * Turns a closure (root + the dependency edges among its members) into the impact answer by
 * the slip rules of slip.ts:
 * breadth-first depth of every node, the edges that reach it at that depth, one chain of
 * edges from the root that explains it, and an explicit account of what the depth and size
 * caps cut off.
 */
import type { NodeKind } from "../../model.js";
import type { StoredEdge, StoredNode } from "../records.js";
import { compareDanish, compareText } from "./collation.js";
import { slipGraphOf, slipTarget, spreadSlip, type ImpactWay, type SlipEdge } from "./slip.js";

export type { ImpactWay } from "./slip.js";

export interface ImpactedRecord {
  node: StoredNode;
  depth: number;
  /** Edges through which the node is reached at its depth. */
  via: StoredEdge[];
  /** One shortest chain of edges from the root to the node, root end first. */
  chain: StoredEdge[];
}

/** What a cut left out, in numbers (so that a client can say it in its own language). */
export interface ImpactCut {
  /** Nodes found further away than maxDepth. */
  nodesBeyondDepth: number;
  /** True when the search stopped looking further: there may be more than `nodesBeyondDepth`. */
  beyondIsLowerBound: boolean;
  /** Nodes within maxDepth, before the node cap. */
  nodesWithinDepth: number;
  /** The node cap, when it cut the list; null otherwise. */
  nodeLimit: number | null;
}

export interface ImpactLayers {
  nodes: ImpactedRecord[];
  edges: StoredEdge[];
  departmentIds: string[];
  truncated: boolean;
  truncatedReason: string | null;
  cut: ImpactCut;
}

export interface LayerOptions {
  way: ImpactWay;
  maxDepth: number;
  maxNodes: number;
  /** The deepest level the closure query looked at. */
  ceiling: number;
  /** True when the closure query stopped at its node cap. */
  fetchCapped: boolean;
  fetchCap: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

type Carried = SlipEdge & { edge: StoredEdge };

export function layerImpact(
  root: StoredNode,
  closureEdges: readonly StoredEdge[],
  options: LayerOptions,
): ImpactLayers {
  const { way, maxDepth, maxNodes } = options;
  const rootId = root.id;
  const edges = [...closureEdges].sort((a, b) => compareText(a.id, b.id));
  const nodes = new Map<string, StoredNode>([[rootId, root]]);
  for (const e of edges) {
    nodes.set(e.from.id, e.from);
    nodes.set(e.to.id, e.to);
  }
  const carried: Carried[] = edges.map((edge) => ({ type: edge.type, from: edge.from.id, to: edge.to.id, edge }));
  const kinds = new Map([...nodes].map(([id, node]) => [id, node.kind as NodeKind]));
  // The whole spread (no depth limit) so that the cut can say how much lies beyond maxDepth.
  const spread = spreadSlip(rootId, way, slipGraphOf(carried, kinds));
  const level = spread.depth;
  const records = new Map([...level.keys()].map((id) => [id, nodes.get(id)!]));

  const reached = [...records.values()].map((node) => ({ node, depth: level.get(node.id)! }));
  const within = reached
    .filter((r) => r.depth <= maxDepth)
    .sort((a, b) => a.depth - b.depth || compareDanish(a.node.name, b.node.name) || compareText(a.node.id, b.node.id));
  const beyond = reached.filter((r) => r.depth > maxDepth);
  const kept = within.slice(0, maxNodes);
  const keptIds = new Set([rootId, ...kept.map((r) => r.node.id)]);

  const reasons: string[] = [];
  const beyondIsLowerBound = beyond.some((r) => r.depth >= options.ceiling) || options.fetchCapped;
  if (beyond.length) {
    const atLeast = beyondIsLowerBound ? "at least " : "";
    reasons.push(
      `depth ${maxDepth} reached: ${atLeast}${plural(beyond.length, "more node")} ${beyond.length === 1 ? "lies" : "lie"} further ${way}`,
    );
  }
  if (within.length > kept.length)
    reasons.push(`cut off at ${maxNodes} nodes (${within.length} within depth ${maxDepth})`);
  if (options.fetchCapped) reasons.push(`the closure query stopped at ${options.fetchCap} nodes`);

  const departmentIds = [
    ...new Set(kept.map((r) => r.node.owningDepartmentId).filter((d): d is string => Boolean(d))),
  ].sort();
  return {
    nodes: kept.map(({ node, depth }) => ({
      node,
      depth,
      via: spread.via.get(node.id)!.map((c) => c.edge),
      chain: spread.chain.get(node.id)!.map((c) => c.edge),
    })),
    // The edges that carry the slip between the nodes listed (not every edge among them).
    edges: edges.filter((e) => keptIds.has(e.from.id) && keptIds.has(e.to.id) && carriesBetween(e, level, rootId, way)),
    departmentIds,
    truncated: reasons.length > 0,
    truncatedReason: reasons.length ? reasons.join("; ") : null,
    cut: {
      nodesBeyondDepth: beyond.length,
      beyondIsLowerBound,
      nodesWithinDepth: within.length,
      nodeLimit: within.length > kept.length ? maxNodes : null,
    },
  };
}

/** True when the edge carries the slip from one listed node to another one level further. */
function carriesBetween(edge: StoredEdge, level: ReadonlyMap<string, number>, rootId: string, way: ImpactWay): boolean {
  const depthOf = (id: string) => (id === rootId ? 0 : level.get(id));
  const plain = { type: edge.type, from: edge.from.id, to: edge.to.id };
  for (const at of [edge.from.id, edge.to.id]) {
    const next = slipTarget(plain, at, way);
    const a = depthOf(at);
    const b = next === null ? undefined : depthOf(next);
    if (a !== undefined && b !== undefined && b === a + 1) return true;
  }
  return false;
}
