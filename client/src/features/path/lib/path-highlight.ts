/** What the graph highlights for a path answer: its nodes and hops, the start as root. */
export function pathHighlight(path: { nodes: readonly { id: string }[]; hops: readonly { id: string }[] }): {
  root: string | null;
  nodes: string[];
  edges: string[];
} {
  return { root: path.nodes[0]?.id ?? null, nodes: path.nodes.map((n) => n.id), edges: path.hops.map((h) => h.id) };
}
