export interface ImpactLike {
  root: { id: string };
  nodes: readonly { node: { id: string } }[];
  edges: readonly { id: string }[];
}

/** What the graph highlights for an impact answer. */
export function impactHighlight(impact: ImpactLike): { root: string; nodes: string[]; edges: string[] } {
  return {
    root: impact.root.id,
    nodes: impact.nodes.map((n) => n.node.id),
    edges: impact.edges.map((e) => e.id),
  };
}
