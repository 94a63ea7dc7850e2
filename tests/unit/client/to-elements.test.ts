import { describe, expect, it } from "vitest";
import { toElements, type GraphEdgeIn, type GraphNodeIn } from "../../../client/src/features/graph/lib/to-elements";
import { KIND_STYLES } from "../../../client/src/lib/kind-style";

const nodes: GraphNodeIn[] = [
  { id: "p:it", name: "IT-afdelingen", kind: "DEPARTMENT", departmentId: null, label: "IT-afdelingen" },
  { id: "p:it:e", name: "Digitaliseringsstrategi", kind: "GOAL", departmentId: "p:it", label: "IT E" },
  { id: "p:focus-it", name: "Focus.IT", kind: "SYSTEM", departmentId: null, label: "" },
];
const edge = (over: Partial<GraphEdgeIn>): GraphEdgeIn => ({
  id: "e1",
  source: "p:it:e",
  target: "p:focus-it",
  type: "USES",
  evidence: "Focus.IT",
  section: "IT-afdelingen > E",
  inferred: false,
  crossDepartment: false,
  ...over,
});

describe("toElements", () => {
  const colors = new Map([["p:it", "#2563eb"]]);

  it("maps nodes to data with department colour, kind class and a label", () => {
    const { elements } = toElements({ nodes, edges: [] }, colors);
    expect(elements).toEqual([
      {
        group: "nodes",
        data: {
          id: "p:it",
          label: "IT-afdelingen",
          name: "IT-afdelingen",
          kind: "DEPARTMENT",
          departmentId: "p:it",
          color: "#2563eb",
        },
        classes: "kind-department",
      },
      {
        group: "nodes",
        data: {
          id: "p:it:e",
          label: "E. Digitaliseringsstrategi",
          name: "Digitaliseringsstrategi",
          kind: "GOAL",
          departmentId: "p:it",
          color: "#2563eb",
        },
        classes: "kind-goal",
      },
      {
        group: "nodes",
        data: {
          id: "p:focus-it",
          label: "Focus.IT",
          name: "Focus.IT",
          kind: "SYSTEM",
          departmentId: null,
          color: KIND_STYLES.SYSTEM.neutral,
        },
        classes: "kind-system",
      },
    ]);
  });

  it("maps edges with type, inferred and cross-department classes, keeping the evidence", () => {
    const { elements, dangling } = toElements(
      {
        nodes,
        edges: [
          edge({}),
          edge({ id: "e2", type: "DEPENDS_ON", source: "p:it", inferred: true, crossDepartment: true, evidence: "" }),
        ],
      },
      colors,
    );
    expect(dangling).toEqual([]);
    expect(elements.filter((e) => e.group === "edges")).toEqual([
      {
        group: "edges",
        data: {
          id: "e1",
          source: "p:it:e",
          target: "p:focus-it",
          type: "USES",
          evidence: "Focus.IT",
          section: "IT-afdelingen > E",
          inferred: false,
          crossDepartment: false,
        },
        classes: "rel-uses",
      },
      {
        group: "edges",
        data: {
          id: "e2",
          source: "p:it",
          target: "p:focus-it",
          type: "DEPENDS_ON",
          evidence: "",
          section: "IT-afdelingen > E",
          inferred: true,
          crossDepartment: true,
        },
        classes: "rel-depends-on inferred cross",
      },
    ]);
  });

  it("reports edges whose end is missing instead of drawing them", () => {
    const { elements, dangling } = toElements({ nodes, edges: [edge({ id: "e3", target: "p:missing" })] }, colors);
    expect(dangling).toEqual(["e3"]);
    expect(elements.filter((e) => e.group === "edges")).toEqual([]);
  });
});
