import { describe, expect, it } from "vitest";
import { groupId, withDepartmentGroups } from "../../../client/src/features/graph/lib/department-groups";
import { dropUntickedDepartments } from "../../../client/src/features/graph/lib/drop-unticked";
import { expandNeighbours } from "../../../client/src/features/graph/lib/expand-neighbours";
import { isolate } from "../../../client/src/features/graph/lib/isolate";
import { overviewFilter } from "../../../client/src/features/graph/lib/overview-filter";
import { placeAdded } from "../../../client/src/features/graph/lib/place-added";
import { seededLayout } from "../../../client/src/features/graph/lib/seeded-layout";
import { cutAtWord, shortLabel } from "../../../client/src/features/graph/lib/short-label";
import type { GraphEdgeIn, GraphNodeIn } from "../../../client/src/features/graph/lib/to-elements";
import { toElements } from "../../../client/src/features/graph/lib/to-elements";
import { loadLayout } from "../../../client/src/lib/cytoscape";

const n = (id: string, kind: GraphNodeIn["kind"] = "GOAL", departmentId: string | null = null): GraphNodeIn => ({
  id,
  name: id,
  kind,
  departmentId,
  label: id,
});
const e = (source: string, target: string): GraphEdgeIn => ({
  id: `${source}|USES|${target}`,
  source,
  target,
  type: "USES",
  evidence: "",
  section: "",
  inferred: false,
  crossDepartment: false,
});
// a - b - c - d, b - x (x in department D2)
const graph = {
  nodes: [n("a", "GOAL", "D1"), n("b", "SYSTEM", "D1"), n("c"), n("d"), n("x", "INITIATIVE", "D2")],
  edges: [e("a", "b"), e("b", "c"), e("c", "d"), e("b", "x")],
};

describe("short labels", () => {
  it("names a goal by letter and name, cuts long names at a word", () => {
    expect(shortLabel({ name: "Rådhusets anvendelse", kind: "GOAL", label: "Borg N" })).toBe("N. Rådhusets anvendelse");
    expect(shortLabel({ name: "OPUS", kind: "SYSTEM", label: "" })).toBe("OPUS");
    expect(cutAtWord("Videreudvikling af GoPro i forhold til integration med andre systemer")).toBe(
      "Videreudvikling af GoPro…",
    );
    expect(cutAtWord("kort")).toBe("kort");
  });
});

describe("overview filter", () => {
  it("keeps the reader's filters and asks for the cross-department goals, initiatives and systems", () => {
    expect(overviewFilter({ departments: ["D1"] })).toEqual({
      departments: ["D1"],
      kinds: ["GOAL", "INITIATIVE", "SYSTEM"],
      crossDepartmentOnly: true,
      include: ["STATED", "VIA_SYSTEM"],
    });
    expect(overviewFilter({ kinds: ["SYSTEM", "MILESTONE"] })?.kinds).toEqual(["SYSTEM"]);
    expect(overviewFilter({ kinds: ["MILESTONE"] })).toBeNull();
  });
});

describe("graph transforms", () => {
  it("drops the nodes of unticked departments and their edges, keeps nodes without a department", () => {
    const out = dropUntickedDepartments(graph, ["D1"]);
    expect(out.nodes.map((x) => x.id)).toEqual(["a", "b", "c", "d"]);
    expect(out.edges.map((x) => x.id)).toEqual(["a|USES|b", "b|USES|c", "c|USES|d"]);
    expect(dropUntickedDepartments(graph, [])).toBe(graph);
  });

  it("isolates a node with its k-step surroundings", () => {
    expect(isolate(graph, "a", 1).nodes.map((x) => x.id)).toEqual(["a", "b"]);
    expect(isolate(graph, "a", 2).nodes.map((x) => x.id)).toEqual(["a", "b", "c", "x"]);
    expect(isolate(graph, "a", 2).edges.map((x) => x.id)).toEqual(["a|USES|b", "b|USES|c", "b|USES|x"]);
    expect(isolate(graph, "nope", 2).nodes).toEqual([]);
  });

  it("expands one step, in order, with every edge among the drawn nodes", () => {
    const base = { nodes: [n("a", "GOAL", "D1")], edges: [] };
    const out = expandNeighbours(base, graph, ["a", "b"]);
    expect(out.nodes.map((x) => x.id)).toEqual(["a", "b", "c", "x"]);
    expect(out.added).toEqual([
      { id: "b", anchor: "a" },
      { id: "c", anchor: "b" },
      { id: "x", anchor: "b" },
    ]);
    expect(out.edges.map((x) => x.id).sort()).toEqual(["a|USES|b", "b|USES|c", "b|USES|x"]);
    expect(expandNeighbours(base, graph, ["b"], [], ["INITIATIVE"]).nodes.map((x) => x.id)).toEqual(["a", "b", "c"]);
    expect(expandNeighbours(base, graph, [], ["d"]).added).toEqual([{ id: "d", anchor: null }]);
  });

  it("puts departments around their members as groups", () => {
    const els = toElements(graph, new Map([["D1", "#123456"]])).elements;
    const out = withDepartmentGroups(
      els,
      [
        { id: "D1", name: "Afd 1" },
        { id: "D2", name: "Afd 2" },
      ],
      new Map(),
      new Set(["a", "b"]),
    );
    expect(out.filter((x) => x.data.kind === "GROUP").map((x) => x.data.id)).toEqual([groupId("D1")]);
    expect(out.find((x) => x.data.id === "a")?.data.parent).toBe(groupId("D1"));
    expect(out.find((x) => x.data.id === "x")?.data.parent).toBeUndefined();
  });
});

describe("a stable picture", () => {
  const elements = toElements(graph, new Map()).elements;

  it("lays out the same elements at the same places, whatever their order", async () => {
    await loadLayout("dagre");
    const first = seededLayout(elements, "fcose");
    expect(seededLayout([...elements].reverse(), "fcose")).toEqual(first);
    expect(seededLayout(elements, "fcose")).toEqual(first);
    expect(first.size).toBe(5);
    expect(seededLayout(elements, "dagre").size).toBe(5);
  });

  it("places joining nodes around their anchor, clear of the others, without moving anything", () => {
    const placed = new Map([
      ["a", { x: 0, y: 0 }],
      ["b", { x: 300, y: 0 }],
    ]);
    const out = placeAdded(
      placed,
      [
        { id: "c", anchor: "b" },
        { id: "d", anchor: null },
      ],
      graph.edges,
    );
    expect(out.get("a")).toEqual({ x: 0, y: 0 });
    expect(out.get("b")).toEqual({ x: 300, y: 0 });
    const c = out.get("c")!;
    expect(Math.round(Math.hypot(c.x - 300, c.y))).toBe(160);
    // d has no anchor of its own but a placed neighbour (c).
    expect(Math.hypot(out.get("d")!.x - c.x, out.get("d")!.y - c.y)).toBeLessThan(400);
    expect(placeAdded(placed, [{ id: "c", anchor: "b" }], graph.edges)).toEqual(
      placeAdded(placed, [{ id: "c", anchor: "b" }], graph.edges),
    );
  });
});
