import type { ElementDefinition } from "cytoscape";

export interface SubgraphJson {
  exportedAt: string;
  filter: unknown;
  nodes: Record<string, unknown>[];
  edges: Record<string, unknown>[];
}

/** The subgraph on screen as plain JSON (nodes and edges with their evidence), for re-use elsewhere. */
export function subgraphJson(elements: readonly ElementDefinition[], filter: unknown, now = new Date()): SubgraphJson {
  const nodes: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  for (const el of elements) {
    const { color: _color, label: _label, ...data } = el.data as Record<string, unknown>;
    if (el.group === "edges" || "source" in el.data) edges.push(data);
    else nodes.push(data);
  }
  return { exportedAt: now.toISOString(), filter, nodes, edges };
}
