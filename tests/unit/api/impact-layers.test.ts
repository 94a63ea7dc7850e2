import { describe, expect, it } from "vitest";
import { layerImpact, type LayerOptions } from "../../../graph/repositories/algorithms/impact-layers.js";
import type { StoredEdge, StoredNode } from "../../../graph/repositories/records.js";

const node = (id: string, owningDepartmentId: string | null = null): StoredNode => ({
  id,
  kind: "Goal",
  planId: "p",
  name: id,
  source: "",
  owningDepartmentId,
});
const nodes = { root: node("root"), a: node("a", "it"), b: node("b", "oko"), c: node("c", "it"), d: node("d") };
const edge = (from: keyof typeof nodes, to: keyof typeof nodes): StoredEdge => ({
  id: `${from}|USES|${to}`,
  type: "USES",
  evidence: `${from} needs ${to}`,
  section: "",
  inferred: false,
  reason: null,
  origin: "curated",
  from: nodes[from],
  to: nodes[to],
  crossDepartment: false,
  basis: "STATED",
  viaSystem: null,
});
// a and b need root; c needs a and b; d needs c.
const edges = [edge("a", "root"), edge("b", "root"), edge("c", "a"), edge("c", "b"), edge("d", "c")];
const options = (over: Partial<LayerOptions> = {}): LayerOptions => ({
  way: "downstream",
  maxDepth: 4,
  maxNodes: 100,
  ceiling: 11,
  fetchCapped: false,
  fetchCap: 5000,
  ...over,
});

describe("impact layers", () => {
  it("gives each node its breadth-first depth, every edge that reaches it at that depth, and one chain from the root", () => {
    const result = layerImpact(nodes.root, edges, options());
    expect(result.nodes.map((n) => [n.node.id, n.depth, n.via.map((e) => e.id)])).toEqual([
      ["a", 1, ["a|USES|root"]],
      ["b", 1, ["b|USES|root"]],
      ["c", 2, ["c|USES|a", "c|USES|b"]],
      ["d", 3, ["d|USES|c"]],
    ]);
    expect(result.nodes.find((n) => n.node.id === "d")!.chain.map((e) => e.id)).toEqual([
      "a|USES|root",
      "c|USES|a",
      "d|USES|c",
    ]);
    expect(result.departmentIds).toEqual(["it", "oko"]);
    expect(result).toMatchObject({ truncated: false, truncatedReason: null });
    expect(result.edges).toHaveLength(5);
  });

  it("walks the other way upstream", () => {
    const result = layerImpact(nodes.d, edges, options({ way: "upstream" }));
    expect(result.nodes.map((n) => [n.node.id, n.depth])).toEqual([
      ["c", 1],
      ["a", 2],
      ["b", 2],
      ["root", 3],
    ]);
  });

  it("reports what the depth limit leaves out and keeps only edges among what it shows", () => {
    const result = layerImpact(nodes.root, edges, options({ maxDepth: 1 }));
    expect(result.nodes.map((n) => n.node.id)).toEqual(["a", "b"]);
    expect(result.edges.map((e) => e.id)).toEqual(["a|USES|root", "b|USES|root"]);
    expect(result.truncatedReason).toBe("depth 1 reached: 2 more nodes lie further downstream");
    expect(result.cut).toEqual({
      nodesBeyondDepth: 2,
      beyondIsLowerBound: false,
      nodesWithinDepth: 2,
      nodeLimit: null,
    });
  });

  it("says 'at least' when the closure query's ceiling was reached", () => {
    const result = layerImpact(nodes.root, edges, options({ maxDepth: 2, ceiling: 3 }));
    expect(result.truncatedReason).toBe("depth 2 reached: at least 1 more node lies further downstream");
    expect(result.cut).toMatchObject({ nodesBeyondDepth: 1, beyondIsLowerBound: true });
  });

  it("cuts to the nearest nodes and reports the size cap and a capped fetch", () => {
    const result = layerImpact(nodes.root, edges, options({ maxNodes: 3, fetchCapped: true, fetchCap: 5 }));
    expect(result.nodes.map((n) => n.node.id)).toEqual(["a", "b", "c"]);
    expect(result.truncatedReason).toBe("cut off at 3 nodes (4 within depth 4); the closure query stopped at 5 nodes");
    expect(result.cut).toEqual({ nodesBeyondDepth: 0, beyondIsLowerBound: true, nodesWithinDepth: 4, nodeLimit: 3 });
  });

  it("ignores edges that point away from the root's closure and terminates on cycles", () => {
    const cyclic = [...edges, edge("root", "d")];
    const result = layerImpact(nodes.root, cyclic, options());
    expect(result.nodes.map((n) => n.node.id)).toEqual(["a", "b", "c", "d"]);
  });
});
