/**
 * Groups the edges tied to a system (and its modules) by the department that owns the
 * other end: which of its goals and initiatives hang on the system, and through which
 * edges. Edges whose other end has no department (organisations, other systems,
 * milestones) stay ungrouped.
 */
import type { StoredEdge, StoredNode } from "../records.js";
import { compareNumeric, compareText } from "./collation.js";

export interface DepartmentGroup {
  departmentId: string;
  /** Goals tied directly, or through one of their initiatives. */
  goalIds: string[];
  initiatives: StoredNode[];
  edges: StoredEdge[];
}

export function groupSystemLinks(
  targetIds: ReadonlySet<string>,
  edges: readonly StoredEdge[],
): { groups: DepartmentGroup[]; otherEdges: StoredEdge[] } {
  const unique = [...new Map(edges.map((e) => [e.id, e])).values()].sort((a, b) => compareText(a.id, b.id));
  const groups = new Map<string, { goalIds: Set<string>; initiatives: Map<string, StoredNode>; edges: StoredEdge[] }>();
  const otherEdges: StoredEdge[] = [];
  for (const edge of unique) {
    const other = targetIds.has(edge.from.id) ? edge.to : edge.from;
    const departmentId = other.owningDepartmentId;
    if (!departmentId || targetIds.has(other.id)) {
      otherEdges.push(edge);
      continue;
    }
    let group = groups.get(departmentId);
    if (!group) groups.set(departmentId, (group = { goalIds: new Set(), initiatives: new Map(), edges: [] }));
    group.edges.push(edge);
    if (other.kind === "Goal") group.goalIds.add(other.id);
    if (other.kind === "Initiative") {
      group.initiatives.set(other.id, other);
      if (typeof other.goalId === "string") group.goalIds.add(other.goalId);
    }
  }
  return {
    groups: [...groups].map(([departmentId, g]) => ({
      departmentId,
      goalIds: [...g.goalIds].sort(),
      initiatives: [...g.initiatives.values()].sort((a, b) => compareNumeric(a.id, b.id)),
      edges: g.edges,
    })),
    otherEdges,
  };
}
