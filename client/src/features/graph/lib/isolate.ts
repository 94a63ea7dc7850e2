import type { PlainGraph } from "./drop-unticked";

export const MAX_ISOLATE_DEPTH = 4;

/** Only `root` and what lies within `depth` steps of it (either direction), with the edges among them. */
export function isolate<G extends PlainGraph>(graph: G, root: string, depth: number): G {
  const limit = Math.max(1, Math.min(MAX_ISOLATE_DEPTH, Math.floor(depth)));
  const neighbours = new Map<string, string[]>();
  for (const e of graph.edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  if (!graph.nodes.some((n) => n.id === root)) return { ...graph, nodes: [], edges: [] };
  const seen = new Set([root]);
  let frontier = [root];
  for (let step = 0; step < limit && frontier.length; step++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const n of neighbours.get(id) ?? [])
        if (!seen.has(n)) {
          seen.add(n);
          next.push(n);
        }
    frontier = next;
  }
  return {
    ...graph,
    nodes: graph.nodes.filter((n) => seen.has(n.id)),
    edges: graph.edges.filter((e) => seen.has(e.source) && seen.has(e.target)),
  };
}
