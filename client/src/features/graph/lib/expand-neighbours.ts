import type { PlainGraph } from "./drop-unticked";
import type { GraphNodeIn } from "./to-elements";

export interface Expanded {
  nodes: GraphNodeIn[];
  edges: PlainGraph["edges"][number][];
  /** Nodes that were not in the base, in the order they were added (for placing them). */
  added: { id: string; anchor: string | null }[];
}

/**
 * The base graph plus, for each id in `expand` (in order), its neighbours one step away in
 * `full`, plus the `extra` nodes themselves (a selection or a highlighted answer that the base
 * does not hold). Every edge of `full` between two drawn nodes is drawn.
 */
export function expandNeighbours(
  base: PlainGraph,
  full: PlainGraph,
  expand: readonly string[],
  extra: readonly string[] = [],
  /** Kinds not brought in as neighbours (the overview's groups already stand for the departments). */
  skipKinds: readonly string[] = [],
): Expanded {
  const byId = new Map(full.nodes.map((n) => [n.id, n]));
  const nodes = new Map(base.nodes.map((n) => [n.id, n]));
  const added: Expanded["added"] = [];
  const add = (id: string, anchor: string | null) => {
    const node = byId.get(id);
    if (!node || nodes.has(id)) return;
    nodes.set(id, node);
    added.push({ id, anchor });
  };
  const neighbours = new Map<string, string[]>();
  for (const e of full.edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  for (const id of extra) add(id, null);
  for (const id of expand) {
    add(id, null);
    for (const next of [...(neighbours.get(id) ?? [])].sort())
      if (!skipKinds.includes(byId.get(next)?.kind ?? "")) add(next, id);
  }
  const edges = new Map(base.edges.map((e) => [e.id, e]));
  if (added.length > 0) for (const e of full.edges) if (nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, e);
  return { nodes: [...nodes.values()], edges: [...edges.values()], added };
}
