/** Plan-wide analyses and the graph view on the fixture plan. */
import { describe, expect, it } from "vitest";
import { fixturePlan } from "../../helpers/fixture-plan.js";
import { operation } from "../../helpers/operation.js";
import { data, useApi } from "./harness.js";

const planId = "test-api-analysis";
const id = (local: string) => `${planId}:${local}`;
const h = useApi(() => fixturePlan(planId));

describe("cross-department analysis", () => {
  it("lists only the dependency edges between different departments, with evidence", async () => {
    const { crossDepartmentDependencies } = await data(
      h,
      `query($p: ID) { crossDepartmentDependencies(planId: $p) {
      type evidence crossDepartment from { id department { name } } to { id department { name } } } }`,
      { p: planId },
    );
    expect(crossDepartmentDependencies).toEqual([
      {
        type: "DEPENDS_ON",
        evidence: "oekonomi:a DEPENDS_ON it:a",
        crossDepartment: true,
        from: { id: id("oekonomi:a"), department: { name: "Økonomiafdelingen" } },
        to: { id: id("it:a"), department: { name: "IT-afdelingen" } },
      },
    ]);
  });

  it("counts them in a department x department matrix, zeros included", async () => {
    const { dependencyMatrix } = await data(
      h,
      `query($p: ID) { dependencyMatrix(planId: $p) { departments { name } cells { from { name } to { name } count } } }`,
      { p: planId },
    );
    expect(dependencyMatrix).toEqual({
      departments: [{ name: "IT-afdelingen" }, { name: "Økonomiafdelingen" }],
      cells: [
        { from: { name: "IT-afdelingen" }, to: { name: "Økonomiafdelingen" }, count: 0 },
        { from: { name: "Økonomiafdelingen" }, to: { name: "IT-afdelingen" }, count: 1 },
      ],
    });
  });

  it("ranks key nodes by transitive dependents, then betweenness", async () => {
    const { keyNodes } = await data(
      h,
      `query($p: ID) { keyNodes(planId: $p, limit: 3) { node { id } dependents directDependents betweenness departments } }`,
      { p: planId },
    );
    expect(keyNodes).toEqual([
      // it:a:1 <- it:a <- {it:b, oekonomi:a}: four nodes in two departments hang on the supplier
      { node: { id: id("org:leverandoer") }, dependents: 4, directDependents: 1, betweenness: 0, departments: 2 },
      // three needs-chains (it:a, it:b, oekonomi:a -> the supplier) run through it:a:1
      { node: { id: id("it:a:1") }, dependents: 3, directDependents: 1, betweenness: 3, departments: 2 },
      { node: { id: id("milestone:net") }, dependents: 3, directDependents: 1, betweenness: 0, departments: 2 },
    ]);
  });
});

describe("systemLinks", () => {
  it("groups what hangs on a system and its modules by department", async () => {
    const { systemLinks } = await data(
      h,
      `query($id: ID!) { systemLinks(id: $id) {
      system { id } modules { id }
      byDepartment { department { id } goals { id } initiatives { id } edges { type from { id } to { id } evidence } }
      otherEdges { id } } }`,
      { id: id("system:oes") },
    );
    expect(systemLinks).toEqual({
      system: { id: id("system:oes") },
      modules: [{ id: id("system:oes-indkoeb") }],
      byDepartment: [
        {
          department: { id: id("oekonomi") },
          goals: [{ id: id("oekonomi:a") }],
          initiatives: [{ id: id("oekonomi:a:1") }],
          edges: [
            {
              type: "USES",
              from: { id: id("oekonomi:a:1") },
              to: { id: id("system:oes-indkoeb") },
              evidence: "oekonomi:a:1 USES system:oes-indkoeb",
            },
          ],
        },
      ],
      otherEdges: [],
    });
  });
});

interface GraphFilter {
  planId?: string;
  kinds?: string[];
  relationTypes?: string[];
  departments?: string[];
  crossDepartmentOnly?: boolean;
  limit?: number;
}
interface GraphAnswer {
  graph: {
    nodes: { id: string; kind: string; label: string; departmentId: string | null }[];
    edges: { id: string; type: string; crossDepartment: boolean; evidence: string }[];
    truncated: boolean;
    truncatedReason: string | null;
    totalNodes: number;
    totalEdges: number;
  };
}

describe("graph view", () => {
  const GRAPH = operation<GraphAnswer, { f: GraphFilter }>(`query($f: GraphFilter) { graph(filter: $f) {
    nodes { id kind label departmentId } edges { id type crossDepartment evidence } truncated truncatedReason totalNodes totalEdges } }`);

  it("returns the whole plan in one round trip, with drawing labels", async () => {
    const result = await h.api.run(GRAPH, { f: { planId } });
    expect(result.errors).toBeUndefined();
    expect(result.queries).toBe(1);
    const { graph } = result.data!;
    expect(graph).toMatchObject({ truncated: false, truncatedReason: null, totalNodes: 12, totalEdges: 13 });
    expect(graph.nodes).toHaveLength(12);
    expect(graph.edges).toHaveLength(13);
    const label = (nodeId: string) => graph.nodes.find((n) => n.id === nodeId);
    expect(label(id("it:a"))).toEqual({ id: id("it:a"), kind: "GOAL", label: "IT A", departmentId: id("it") });
    expect(label(id("it:a:1"))).toEqual({
      id: id("it:a:1"),
      kind: "INITIATIVE",
      label: "IT A.1",
      departmentId: id("it"),
    });
    expect(label(id("oekonomi:a"))).toMatchObject({ label: "Økon A", departmentId: id("oekonomi") });
    expect(label(id("oekonomi"))).toMatchObject({ label: "Økonomiafdelingen", departmentId: id("oekonomi") });
    expect(label(id("system:oes"))).toMatchObject({ label: "ØkoSys", departmentId: null });
  });

  it("filters by kind and relationship type", async () => {
    const { graph } = await data(h, GRAPH, { f: { planId, kinds: ["GOAL"], relationTypes: ["DEPENDS_ON"] } });
    expect(graph.nodes.map((n) => n.id)).toEqual([id("it:a"), id("it:b"), id("oekonomi:a")]);
    expect(graph.edges.map((e) => [e.id, e.crossDepartment])).toEqual([
      [`${id("it:b")}|DEPENDS_ON|${id("it:a")}`, false],
      [`${id("oekonomi:a")}|DEPENDS_ON|${id("it:a")}`, true],
    ]);
  });

  it("keeps one department's nodes and the systems they use", async () => {
    const { graph } = await data(h, GRAPH, { f: { planId, departments: [id("oekonomi")] } });
    expect(graph.nodes.map((n) => n.id)).toEqual([
      id("oekonomi"),
      id("oekonomi:a"),
      id("oekonomi:a:1"),
      id("system:oes-indkoeb"),
    ]);
    expect(graph.edges.map((e) => e.type).sort()).toEqual(["HAS_INITIATIVE", "OWNS", "USES"]);
  });

  it("shows only cross-department edges and their ends", async () => {
    const { graph } = await data(h, GRAPH, { f: { planId, crossDepartmentOnly: true } });
    expect(graph.nodes.map((n) => n.id)).toEqual([id("it:a"), id("oekonomi:a")]);
    expect(graph.edges).toEqual([
      {
        id: `${id("oekonomi:a")}|DEPENDS_ON|${id("it:a")}`,
        type: "DEPENDS_ON",
        crossDepartment: true,
        evidence: "oekonomi:a DEPENDS_ON it:a",
      },
    ]);
  });

  it("reports a cut instead of dropping nodes and edges silently", async () => {
    const { graph } = await data(h, GRAPH, { f: { planId, limit: 3 } });
    expect(graph.nodes.map((n) => n.kind)).toEqual(["PLAN", "DEPARTMENT", "DEPARTMENT"]);
    expect(graph.edges.map((e) => e.type)).toEqual(["HAS_DEPARTMENT", "HAS_DEPARTMENT"]);
    expect(graph).toMatchObject({ truncated: true, totalNodes: 12, totalEdges: 13 });
    expect(graph.truncatedReason).toBe("cut off at 3 of 12 nodes; 11 edges to nodes left out are not shown");
  });

  it("without a plan, reads the plans of the departments asked for", async () => {
    const withPlan = await data(h, GRAPH, { f: { planId, departments: [id("oekonomi")] } });
    const withoutPlan = await h.api.run(GRAPH, { f: { departments: [id("oekonomi")] } });
    expect(withoutPlan.errors).toBeUndefined();
    expect(withoutPlan.data).toEqual(withPlan);
    expect(withoutPlan.queries).toBe(2);
  });

  it("without a plan or departments, reads a window of nodes across all plans and says so", async () => {
    const result = await h.api.run(GRAPH, { f: { limit: 5 } });
    expect(result.errors).toBeUndefined();
    const { graph } = result.data!;
    expect(graph.nodes.length).toBeLessThanOrEqual(5);
    expect(graph.truncated).toBe(true);
    expect(graph.totalNodes).toBeGreaterThanOrEqual(12);
    expect(graph.truncatedReason).toBe(
      `all plans at once: read the first 5 of ${graph.totalNodes} nodes by id; choose a plan (filter.planId) to see one whole`,
    );
    const shown = new Set(graph.nodes.map((n) => n.id));
    const ends = (edgeId: string) => {
      const [from = "", , to = ""] = edgeId.split("|");
      return [from, to];
    };
    expect(graph.edges.every((e) => ends(e.id).every((end) => shown.has(end)))).toBe(true);
  });
});
