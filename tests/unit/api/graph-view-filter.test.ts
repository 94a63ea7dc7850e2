import { describe, expect, it } from "vitest";
import { departmentAbbreviation, graphLabel } from "../../../graph/repositories/algorithms/graph-label.js";
import {
  filterGraphView,
  type ViewEdgeRow,
  type ViewNodeRow,
} from "../../../graph/repositories/algorithms/graph-view-filter.js";

const n = (
  id: string,
  kind: string,
  departmentId: string | null = null,
  extra: Partial<ViewNodeRow> = {},
): ViewNodeRow => ({ id, name: id, kind, departmentId, ...extra });
const e = (source: string, type: string, target: string): ViewEdgeRow => ({
  id: `${source}|${type}|${target}`,
  source,
  target,
  type,
  evidence: "",
  section: "",
  inferred: false,
});

const nodes = [
  n("plan", "Plan"),
  n("it", "Department", "it"),
  n("oko", "Department", "oko"),
  n("it:a", "Goal", "it", { letter: "A", departmentName: "IT-afdelingen" }),
  n("oko:a", "Goal", "oko", { letter: "A", departmentName: "Økonomiafdelingen" }),
  n("opus", "System"),
  n("kmd", "Organisation"),
];
const edges = [
  e("plan", "HAS_DEPARTMENT", "it"),
  e("plan", "HAS_DEPARTMENT", "oko"),
  e("it", "OWNS", "it:a"),
  e("oko", "OWNS", "oko:a"),
  e("oko:a", "DEPENDS_ON", "it:a"),
  e("oko:a", "USES", "opus"),
  e("opus", "INVOLVES", "kmd"),
];
const all = { departments: null, crossDepartmentOnly: false, limit: 100 };
const ids = (view: { nodes: { id: string }[] }) => view.nodes.map((x) => x.id);

describe("graph view filter", () => {
  it("keeps everything without a filter, owners first, and marks cross-department edges", () => {
    const view = filterGraphView(nodes, edges, all);
    expect(ids(view)).toEqual(["plan", "it", "oko", "it:a", "oko:a", "opus", "kmd"]);
    expect(view.edges.filter((x) => x.crossDepartment).map((x) => x.id)).toEqual(["oko:a|DEPENDS_ON|it:a"]);
    expect(view).toMatchObject({ truncated: false, truncatedReason: null, totalNodes: 7, totalEdges: 7 });
  });

  it("keeps a department's nodes and the ownerless nodes they link to, not the plan or other departments' nodes", () => {
    const view = filterGraphView(nodes, edges, { ...all, departments: ["oko"] });
    expect(ids(view)).toEqual(["oko", "oko:a", "opus"]);
    expect(view.edges.map((x) => x.type).sort()).toEqual(["OWNS", "USES"]);
  });

  it("keeps only cross-department edges and their ends", () => {
    const view = filterGraphView(nodes, edges, { ...all, crossDepartmentOnly: true });
    expect(ids(view)).toEqual(["it:a", "oko:a"]);
    expect(
      filterGraphView(nodes, edges, { ...all, crossDepartmentOnly: true, departments: ["oko"] }).nodes,
    ).toHaveLength(2);
  });

  it("drops edges whose ends were filtered out by kind (the rows lack them)", () => {
    const goals = nodes.filter((x) => x.kind === "Goal");
    expect(filterGraphView(goals, edges, all).edges.map((x) => x.id)).toEqual(["oko:a|DEPENDS_ON|it:a"]);
  });

  it("says what the cap left out", () => {
    const view = filterGraphView(nodes, edges, { ...all, limit: 2 });
    expect(ids(view)).toEqual(["plan", "it"]);
    expect(view).toMatchObject({ truncated: true, totalNodes: 7, totalEdges: 7 });
    expect(view.truncatedReason).toBe("cut off at 2 of 7 nodes; 6 edges to nodes left out are not shown");
  });
});

describe("drawing labels", () => {
  it.each([
    ["IT-afdelingen", "IT"],
    ["Personaleafdelingen", "Pers"],
    ["Økonomiafdelingen", "Økon"],
    ["Borgmestersekretariatet", "Borg"],
  ])("abbreviates %s as %s", (name, short) => {
    expect(departmentAbbreviation(name)).toBe(short);
  });

  it("labels goals, initiatives, status items and the rest", () => {
    expect(
      graphLabel({ kind: "Goal", name: "Digitaliseringsstrategi", letter: "E", departmentName: "IT-afdelingen" }),
    ).toBe("IT E");
    expect(
      graphLabel({ kind: "Initiative", name: "x", ordinal: 2, goalLetter: "E", departmentName: "IT-afdelingen" }),
    ).toBe("IT E.2");
    expect(graphLabel({ kind: "StatusItem", name: "Servicedesk", departmentName: "IT-afdelingen" })).toBe(
      "IT: Servicedesk",
    );
    expect(graphLabel({ kind: "System", name: "OPUS rollebaseret indgang (lederportal)" })).toBe(
      "OPUS rollebaseret indgang (…",
    );
    expect(graphLabel({ kind: "Goal", name: "Løs mål" })).toBe("Løs mål");
  });
});

describe("graph view: cross-department edges by basis", () => {
  const owned = [
    n("it", "Department", "it"),
    n("oko", "Department", "oko"),
    n("it:a", "Goal", "it"),
    n("oko:a", "Goal", "oko"),
    n("oko:b", "Goal", "oko"),
    n("notes", "System", "it"),
  ];
  const inferred = { ...e("oko:b", "DEPENDS_ON", "it:a"), inferred: true };
  const links = [
    e("oko:a", "USES", "notes"),
    e("it", "RESPONSIBLE_FOR", "notes"),
    inferred,
    e("oko:a", "DEPENDS_ON", "it:a"),
  ];
  const cross = (include?: ("STATED" | "VIA_SYSTEM" | "INFERRED")[]) =>
    filterGraphView(owned, links, {
      departments: null,
      crossDepartmentOnly: true,
      limit: 100,
      ...(include ? { include } : {}),
    }).edges.map((x) => [x.id, x.basis]);

  it("counts a goal using another department's system as cross-department via that system, and keeps inferred edges out unless asked", () => {
    expect(cross()).toEqual([
      ["oko:a|DEPENDS_ON|it:a", "STATED"],
      ["oko:a|USES|notes", "VIA_SYSTEM"],
    ]);
    expect(cross(["INFERRED"])).toEqual([["oko:b|DEPENDS_ON|it:a", "INFERRED"]]);
  });
});
