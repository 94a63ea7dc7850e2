/**
 * Ranks the nodes of a dependency graph as single points of failure: how many nodes
 * transitively depend on each (within a depth), how many directly, how many departments
 * those dependents belong to, and betweenness.
 */
import { betweenness } from "./betweenness.js";
import { compareText } from "./collation.js";

export interface DependencyPair {
  /** `from` needs `to`. */
  from: string;
  to: string;
  fromDept: string | null;
  toDept: string | null;
}

export interface KeyNodeScore {
  id: string;
  dependents: number;
  directDependents: number;
  betweenness: number;
  departments: number;
}

export const KEY_NODE_DEPTH = 6;

function adjacency(pairs: readonly DependencyPair[], reverse: boolean): Map<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const { from, to } of pairs) {
    const [key, value] = reverse ? [to, from] : [from, to];
    if (!map.has(key)) map.set(key, new Set());
    map.get(key)!.add(value);
  }
  return new Map([...map].map(([key, set]) => [key, [...set].sort()]));
}

/** Nodes reached from `start` along `next` within `maxDepth` steps (start excluded). */
export function reachable(start: string, next: ReadonlyMap<string, readonly string[]>, maxDepth: number): Set<string> {
  const seen = new Set<string>([start]);
  let frontier = [start];
  for (let depth = 0; depth < maxDepth && frontier.length; depth++) {
    const following: string[] = [];
    for (const node of frontier) {
      for (const other of next.get(node) ?? []) {
        if (!seen.has(other)) {
          seen.add(other);
          following.push(other);
        }
      }
    }
    frontier = following;
  }
  seen.delete(start);
  return seen;
}

export function rankKeyNodes(pairs: readonly DependencyPair[], limit: number, maxDepth = KEY_NODE_DEPTH): KeyNodeScore[] {
  const owner = new Map<string, string | null>();
  for (const pair of pairs) {
    owner.set(pair.from, pair.fromDept);
    owner.set(pair.to, pair.toDept);
  }
  const nodes = [...owner.keys()].sort();
  const needs = adjacency(pairs, false);
  const neededBy = adjacency(pairs, true);
  const central = betweenness(nodes, needs);
  const scores = nodes.map((id): KeyNodeScore => {
    const dependents = reachable(id, neededBy, maxDepth);
    const departments = new Set([...dependents].map((d) => owner.get(d)).filter((d): d is string => Boolean(d)));
    return {
      id,
      dependents: dependents.size,
      directDependents: neededBy.get(id)?.length ?? 0,
      betweenness: central.get(id) ?? 0,
      departments: departments.size,
    };
  });
  scores.sort(
    (a, b) =>
      b.dependents - a.dependents ||
      b.betweenness - a.betweenness ||
      b.directDependents - a.directDependents ||
      compareText(a.id, b.id),
  );
  return scores.slice(0, limit);
}
