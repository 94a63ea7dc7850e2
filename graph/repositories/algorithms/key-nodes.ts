/**
 * Ranks the nodes of a plan's slip graph as single points of failure: how many nodes a slip
 * of each hits (all dependents, the same count as a DOWNSTREAM impact of depth MAX_DEPTH),
 * how many directly, how many departments those dependents belong to, and betweenness.
 */
import type { NodeKind, RelType } from "../../model.js";
import { betweenness } from "./betweenness.js";
import { compareText } from "./collation.js";
import { canBeHit, passesOn, slipGraphOf, slipTarget, spreadSlip, type SlipGraph } from "./slip.js";

/** One edge of the slip graph, ends as ids with their kinds and owning departments. */
export interface SlipPair {
  from: string;
  to: string;
  type: RelType;
  fromKind: NodeKind;
  toKind: NodeKind;
  fromDept: string | null;
  toDept: string | null;
}

export interface DependentCount {
  /** Nodes one carrying edge away that a slip of the node hits. */
  direct: number;
  /** Every node a slip of the node reaches (depth <= `maxDepth`). */
  all: number;
  /** Distinct owning departments among all dependents (a department reached counts as itself). */
  departments: number;
}

export interface KeyNodeScore extends DependentCount {
  id: string;
  betweenness: number;
}

/** The slip graph of a list of pairs, with each node's owning department. */
export function slipGraphOfPairs(pairs: readonly SlipPair[]): {
  graph: SlipGraph<SlipPair>;
  owner: Map<string, string | null>;
  nodes: string[];
} {
  const owner = new Map<string, string | null>();
  const kinds = new Map<string, NodeKind>();
  for (const p of pairs) {
    owner.set(p.from, p.fromDept);
    owner.set(p.to, p.toDept);
    kinds.set(p.from, p.fromKind);
    kinds.set(p.to, p.toKind);
  }
  return { graph: slipGraphOf(pairs, kinds), owner, nodes: [...owner.keys()].sort(compareText) };
}

/** Direct and all dependents of `id` by the slip rules (slip.ts); zeros for a node on no edge. */
export function countDependents(
  id: string,
  graph: SlipGraph<SlipPair>,
  owner: ReadonlyMap<string, string | null>,
  maxDepth: number,
): DependentCount {
  const { depth } = spreadSlip(id, "downstream", graph, maxDepth);
  const departments = new Set([...depth.keys()].map((d) => owner.get(d)).filter((d): d is string => Boolean(d)));
  return { direct: [...depth.values()].filter((d) => d === 1).length, all: depth.size, departments: departments.size };
}

/**
 * The "needs" adjacency for betweenness: x needs y when a slip of y hits x directly, and
 * only where the slip could go on from x (a hub or a node that is never hit is no waypoint).
 */
function needsAdjacency(pairs: readonly SlipPair[], graph: SlipGraph<SlipPair>): Map<string, string[]> {
  const needs = new Map<string, Set<string>>();
  for (const pair of pairs) {
    for (const at of [pair.from, pair.to]) {
      const hit = slipTarget(pair, at, "downstream");
      const kind = hit === null ? undefined : graph.kindOf(hit);
      if (hit === null || !kind || !canBeHit(kind)) continue;
      if (!needs.has(hit)) needs.set(hit, new Set());
      if (passesOn(kind)) needs.get(hit)!.add(at);
    }
  }
  return new Map([...needs].map(([key, set]) => [key, [...set].sort(compareText)]));
}

export function rankKeyNodes(pairs: readonly SlipPair[], limit: number, maxDepth: number): KeyNodeScore[] {
  const { graph, owner, nodes } = slipGraphOfPairs(pairs);
  const central = betweenness(nodes, needsAdjacency(pairs, graph));
  const scores = nodes.map((id): KeyNodeScore => ({
    id,
    ...countDependents(id, graph, owner, maxDepth),
    betweenness: central.get(id) ?? 0,
  }));
  scores.sort(
    (a, b) => b.all - a.all || b.betweenness - a.betweenness || b.direct - a.direct || compareText(a.id, b.id),
  );
  return scores.slice(0, limit);
}
