/**
 * How a slip travels: the one definition behind impact, path, key nodes and every count of
 * dependents. Read from the relationship table (relations.ts): a relation carries a slip
 * one way, both ways or not at all, and a node passes it on or not by its kind (`SLIP_ROLE`).
 *
 * - direct dependents of X: the nodes one carrying edge away that a slip of X hits;
 * - all dependents of X: every node a slip of X reaches, hop by hop, where only the root
 *   and nodes whose kind passes a slip on, reached along a relation that passes it on, are
 *   gone through (departments, organisations and themes are reached and reported, never
 *   gone through; a system that takes data from X is hit, its users are not; status lines
 *   of a past year and the plan are never hit). Counted without a depth limit below the graph's own (impact's
 *   maximum depth, 10, which no plan of this kind comes near).
 */
import type { NodeKind, RelType } from "../../model.js";
import { RELATIONS, SLIP_ROLE } from "../../relations.js";

export type ImpactWay = "downstream" | "upstream";

export interface SlipEdge {
  type: RelType;
  from: string;
  to: string;
}

/**
 * The node a slip that has reached `at` goes on to along `edge`, or null when the edge does
 * not carry it that way. downstream: who is hit when `at` slips; upstream: what `at` leans on.
 */
export function slipTarget(edge: SlipEdge, at: string, way: ImpactWay): string | null {
  const carries = RELATIONS[edge.type].slip;
  if (carries === "none") return null;
  if (carries === "both") return at === edge.from ? edge.to : at === edge.to ? edge.from : null;
  // The end a slip starts from and the end it hits.
  const [source, hit] = carries === "to-from" ? [edge.to, edge.from] : [edge.from, edge.to];
  if (way === "downstream") return at === source ? hit : null;
  return at === hit ? source : null;
}

/** True when a slip may reach a node of this kind at all. */
export const canBeHit = (kind: NodeKind): boolean => SLIP_ROLE[kind] !== "never";

/** True when a node of this kind, once hit, hits what leans on it (the root always does). */
export const passesOn = (kind: NodeKind): boolean => SLIP_ROLE[kind] === "passes";

export interface SlipGraph<E extends SlipEdge> {
  /** Every edge with `id` at one of its ends (carrying or not; the rules pick). */
  edgesAt(id: string): readonly E[];
  kindOf(id: string): NodeKind | undefined;
}

export interface Spread<E extends SlipEdge> {
  /** Breadth-first depth of every node reached (the root excluded). */
  depth: Map<string, number>;
  /** The edges through which each node is reached at its depth (from nodes one level closer). */
  via: Map<string, E[]>;
  /** One shortest chain of edges from the root to each node, root end first. */
  chain: Map<string, E[]>;
}

/**
 * Breadth-first spread of a slip from `root`, `way`, up to `maxDepth` hops. Edges are taken
 * in the order `edgesAt` gives them, so that equal inputs give equal chains.
 */
export function spreadSlip<E extends SlipEdge>(
  root: string,
  way: ImpactWay,
  graph: SlipGraph<E>,
  maxDepth = Number.POSITIVE_INFINITY,
): Spread<E> {
  const depth = new Map<string, number>();
  const via = new Map<string, E[]>();
  const chain = new Map<string, E[]>([[root, []]]);
  // Nodes that pass the slip on; a node first hit along a relation that does not pass it on
  // may still be reached later along one that does.
  const passing = new Set<string>([root]);
  let frontier = [root];
  for (let level = 1; level <= maxDepth && frontier.length; level++) {
    const following: string[] = [];
    for (const at of frontier) {
      for (const edge of graph.edgesAt(at)) {
        const next = slipTarget(edge, at, way);
        if (next === null || next === root) continue;
        const kind = graph.kindOf(next);
        if (!kind || !canBeHit(kind)) continue;
        const seen = depth.get(next);
        if (seen === undefined) {
          depth.set(next, level);
          via.set(next, [edge]);
          chain.set(next, [...chain.get(at)!, edge]);
        } else if (seen === level && !via.get(next)!.includes(edge)) {
          via.get(next)!.push(edge);
        }
        if (RELATIONS[edge.type].passesOn && passesOn(kind) && !passing.has(next)) {
          passing.add(next);
          following.push(next);
        }
      }
    }
    frontier = following;
  }
  chain.delete(root);
  return { depth, via, chain };
}

/** A SlipGraph over an edge list and a kind per node (both ends of every edge must have one). */
export function slipGraphOf<E extends SlipEdge>(
  edges: readonly E[],
  kinds: ReadonlyMap<string, NodeKind>,
): SlipGraph<E> {
  const at = new Map<string, E[]>();
  const add = (id: string, edge: E) => {
    const list = at.get(id);
    if (list) list.push(edge);
    else at.set(id, [edge]);
  };
  for (const edge of edges) {
    add(edge.from, edge);
    if (edge.to !== edge.from) add(edge.to, edge);
  }
  return { edgesAt: (id) => at.get(id) ?? [], kindOf: (id) => kinds.get(id) };
}
