/**
 * Turns a closure (root + the dependency edges among its members) into the impact answer:
 * breadth-first depth of every node, the edges that reach it at that depth, one chain of
 * edges from the root that explains it, and an explicit account of what the depth and size
 * caps cut off.
 */
import type { StoredEdge, StoredNode } from "../records.js";
import { compareDanish, compareText } from "./collation.js";

export type ImpactWay = "downstream" | "upstream";

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

function index(edges: readonly StoredEdge[], key: (e: StoredEdge) => string): Map<string, StoredEdge[]> {
  const map = new Map<string, StoredEdge[]>();
  for (const e of edges) {
    const list = map.get(key(e));
    if (list) list.push(e);
    else map.set(key(e), [e]);
  }
  return map;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function layerImpact(rootId: string, closureEdges: readonly StoredEdge[], options: LayerOptions): ImpactLayers {
  const { way, maxDepth, maxNodes } = options;
  const edges = [...closureEdges].sort((a, b) => compareText(a.id, b.id));
  // downstream: x is hit through an edge x -> y (x needs y) when y is hit; upstream the reverse.
  const near = (e: StoredEdge) => (way === "downstream" ? e.to : e.from);
  const far = (e: StoredEdge) => (way === "downstream" ? e.from : e.to);
  const outOf = index(edges, (e) => near(e).id);
  const into = index(edges, (e) => far(e).id);

  const level = new Map<string, number>([[rootId, 0]]);
  const chain = new Map<string, StoredEdge[]>([[rootId, []]]);
  const records = new Map<string, StoredNode>();
  let frontier = [rootId];
  while (frontier.length) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const e of outOf.get(id) ?? []) {
        const next = far(e);
        if (level.has(next.id)) continue;
        level.set(next.id, level.get(id)! + 1);
        chain.set(next.id, [...chain.get(id)!, e]);
        records.set(next.id, next);
        following.push(next.id);
      }
    }
    frontier = following;
  }

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
    reasons.push(`depth ${maxDepth} reached: ${atLeast}${plural(beyond.length, "more node")} ${beyond.length === 1 ? "lies" : "lie"} further ${way}`);
  }
  if (within.length > kept.length) reasons.push(`cut off at ${maxNodes} nodes (${within.length} within depth ${maxDepth})`);
  if (options.fetchCapped) reasons.push(`the closure query stopped at ${options.fetchCap} nodes`);

  const departmentIds = [...new Set(kept.map((r) => r.node.owningDepartmentId).filter((d): d is string => Boolean(d)))].sort();
  return {
    nodes: kept.map(({ node, depth }) => ({
      node,
      depth,
      via: (into.get(node.id) ?? []).filter((e) => level.get(near(e).id) === depth - 1),
      chain: chain.get(node.id)!,
    })),
    edges: edges.filter((e) => keptIds.has(e.from.id) && keptIds.has(e.to.id)),
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
