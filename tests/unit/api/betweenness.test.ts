import { describe, expect, it } from "vitest";
import { betweenness } from "../../../graph/repositories/algorithms/betweenness.js";

const graph = (edges: [string, string][]) => {
  const out = new Map<string, string[]>();
  const nodes = new Set<string>();
  for (const [a, b] of edges) {
    out.set(a, [...(out.get(a) ?? []), b]);
    nodes.add(a).add(b);
  }
  return { nodes: [...nodes].sort(), out };
};

describe("betweenness (Brandes, directed)", () => {
  it("counts the shortest paths through the middle of a chain", () => {
    const { nodes, out } = graph([
      ["a", "b"],
      ["b", "c"],
      ["c", "d"],
    ]);
    // b lies on a->c and a->d; c on a->d and b->d
    expect(Object.fromEntries(betweenness(nodes, out))).toEqual({ a: 0, b: 2, c: 2, d: 0 });
  });

  it("splits the credit between equally short paths", () => {
    const { nodes, out } = graph([
      ["s", "x"],
      ["s", "y"],
      ["x", "t"],
      ["y", "t"],
    ]);
    expect(Object.fromEntries(betweenness(nodes, out))).toEqual({ s: 0, t: 0, x: 0.5, y: 0.5 });
  });

  it("gives a hub of a star everything, and follows edge direction", () => {
    const { nodes, out } = graph([
      ["a", "hub"],
      ["b", "hub"],
      ["hub", "c"],
      ["hub", "d"],
    ]);
    expect(betweenness(nodes, out).get("hub")).toBe(4);
    const reversed = graph([
      ["hub", "a"],
      ["hub", "b"],
      ["c", "hub"],
    ]);
    expect(betweenness(reversed.nodes, reversed.out).get("hub")).toBe(2);
  });

  it("terminates on cycles", () => {
    const { nodes, out } = graph([
      ["a", "b"],
      ["b", "c"],
      ["c", "a"],
    ]);
    expect(Object.fromEntries(betweenness(nodes, out))).toEqual({ a: 1, b: 1, c: 1 });
  });
});
