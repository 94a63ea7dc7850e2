import type { GraphEdgeIn, GraphNodeIn } from "./to-elements";

export interface PlainGraph {
  nodes: readonly GraphNodeIn[];
  edges: readonly GraphEdgeIn[];
}

/**
 * Unticking a department hides its nodes, whatever else is on: the server's cross-department
 * filter also returns the other departments' ends of a cross link, which a reader who has
 * unticked a department does not expect to see. Nodes without a department stay.
 */
export function dropUntickedDepartments<G extends PlainGraph>(graph: G, ticked: readonly string[]): G {
  if (ticked.length === 0) return graph;
  const keep = new Set(ticked);
  const nodes = graph.nodes.filter((n) => {
    const department = n.kind === "DEPARTMENT" ? n.id : n.departmentId;
    return !department || keep.has(department);
  });
  const ids = new Set(nodes.map((n) => n.id));
  return { ...graph, nodes, edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}
