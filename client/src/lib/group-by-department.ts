import { compareDanish } from "./collate";
export interface DepartmentRef {
  id: string;
  name: string;
}

export interface DepartmentGroup<T> {
  /** null: items that belong to no department (systems, organisations, ...). */
  department: DepartmentRef | null;
  items: T[];
}

/**
 * Groups items by department, departments in Danish name order and the "no department" group
 * last; items keep the order they came in.
 */
export function groupByDepartment<T>(
  items: readonly T[],
  departmentOf: (item: T) => DepartmentRef | null | undefined,
): DepartmentGroup<T>[] {
  const groups = new Map<string, DepartmentGroup<T>>();
  const none: DepartmentGroup<T> = { department: null, items: [] };
  for (const item of items) {
    const dept = departmentOf(item);
    if (!dept) {
      none.items.push(item);
      continue;
    }
    let group = groups.get(dept.id);
    if (!group) {
      group = { department: { id: dept.id, name: dept.name }, items: [] };
      groups.set(dept.id, group);
    }
    group.items.push(item);
  }
  const sorted = [...groups.values()].sort((a, b) => compareDanish(a.department?.name ?? "", b.department?.name ?? ""));
  return none.items.length ? [...sorted, none] : sorted;
}

/** A node's department, where a department node belongs to itself. */
export function ownDepartment(node: {
  id: string;
  name: string;
  kind: string;
  department?: DepartmentRef | null;
}): DepartmentRef | null {
  if (node.kind === "DEPARTMENT") return { id: node.id, name: node.name };
  return node.department ?? null;
}
