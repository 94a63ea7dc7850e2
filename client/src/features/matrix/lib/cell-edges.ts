import { isSymmetric } from "../../../lib/relation-text";
import type { RelationType } from "../../../lib/vocabulary";

interface DepartmentRef {
  id: string;
  name: string;
}

interface EndNode {
  id: string;
  name: string;
  kind: string;
  department?: DepartmentRef | null;
  /** A system's responsible department. */
  owner?: DepartmentRef | null;
}

/**
 * The department a party of a cross-department edge belongs to, as the API counts it: a department
 * is its own, a goal, initiative or status item its owner's, a system the department responsible
 * for it; organisations, milestones and themes none.
 */
export function partyDepartment(node: EndNode): DepartmentRef | null {
  if (node.kind === "DEPARTMENT") return { id: node.id, name: node.name };
  if (node.kind === "SYSTEM") return node.owner ?? null;
  return node.department ?? null;
}

/**
 * The cross-department edges behind one matrix cell: from's department needs to's department.
 * A symmetric edge (coordination) counts in both directions, as the matrix counts it.
 */
export function cellEdges<E extends { type: RelationType; from: EndNode; to: EndNode }>(
  edges: readonly E[],
  fromDept: string,
  toDept: string,
): E[] {
  return edges.filter((e) => {
    const a = partyDepartment(e.from)?.id;
    const b = partyDepartment(e.to)?.id;
    return (a === fromDept && b === toDept) || (isSymmetric(e.type) && a === toDept && b === fromDept);
  });
}

/**
 * An edge of the cell with the row department's party first: a coordination stored the other way
 * round reads the same from both ends, so it is shown from the needing side.
 */
export function fromRowSide<E extends { type: RelationType; from: EndNode; to: EndNode }>(
  edge: E,
  fromDept: string,
): E {
  if (!isSymmetric(edge.type) || partyDepartment(edge.from)?.id === fromDept) return edge;
  return { ...edge, from: edge.to, to: edge.from };
}
