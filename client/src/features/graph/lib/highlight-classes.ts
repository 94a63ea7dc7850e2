export interface Highlight {
  /** The node the question is about (impact root, path start). */
  root?: string | null;
  nodes: readonly string[];
  edges: readonly string[];
}

export type ClassPlan = Map<string, string[]>;

/**
 * Classes per element id for a highlight: root, hit nodes and edges stand out, the rest fades.
 * Without a highlight every element gets no extra class. Ids not on screen are ignored.
 */
export function highlightClasses(allIds: readonly string[], highlight: Highlight | null): ClassPlan {
  const plan: ClassPlan = new Map(allIds.map((id) => [id, [] as string[]]));
  if (!highlight) return plan;
  const nodes = new Set(highlight.nodes);
  const edges = new Set(highlight.edges);
  for (const [id, classes] of plan) {
    if (id === highlight.root) classes.push("hl-root");
    else if (nodes.has(id)) classes.push("hl-node");
    else if (edges.has(id)) classes.push("hl-edge");
    else classes.push("faded");
  }
  return plan;
}
