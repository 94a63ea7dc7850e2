import type { ElementDefinition } from "cytoscape";

export const GROUP_KIND = "GROUP";
export const groupId = (departmentId: string) => `${departmentId}:@group`;

/**
 * Departments as compound groups around the nodes they own (`members`): one parent per
 * department with a member, labelled with the department's name, in its colour. Department
 * nodes themselves, and nodes outside `members`, stay outside any group.
 */
export function withDepartmentGroups(
  elements: readonly ElementDefinition[],
  departments: readonly { id: string; name: string }[],
  colors: ReadonlyMap<string, string>,
  members: ReadonlySet<string>,
): ElementDefinition[] {
  const used = new Set<string>();
  const children = elements.map((el) => {
    const dept = el.data.departmentId as string | null | undefined;
    if (el.group !== "nodes" || el.data.kind === "DEPARTMENT" || !dept || !members.has(String(el.data.id))) return el;
    used.add(dept);
    return { ...el, data: { ...el.data, parent: groupId(dept) } };
  });
  const groups: ElementDefinition[] = departments
    .filter((d) => used.has(d.id))
    .map((d) => ({
      group: "nodes",
      data: {
        id: groupId(d.id),
        label: d.name,
        name: d.name,
        kind: GROUP_KIND,
        departmentId: d.id,
        color: colors.get(d.id) ?? "#64748b",
      },
      classes: "dept-group",
    }));
  return [...groups, ...children];
}
