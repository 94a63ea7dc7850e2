import { ownDepartment, type DepartmentRef } from "../../../lib/group-by-department";

interface EndNode {
  id: string;
  name: string;
  kind: string;
  department?: DepartmentRef | null;
}

/** The cross-department edges behind one matrix cell: from's department needs to's department. */
export function cellEdges<E extends { from: EndNode; to: EndNode }>(edges: readonly E[], fromDept: string, toDept: string): E[] {
  return edges.filter((e) => ownDepartment(e.from)?.id === fromDept && ownDepartment(e.to)?.id === toDept);
}
