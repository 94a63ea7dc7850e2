import { describe, expect, it } from "vitest";
import { rankKeyNodes, reachable, type DependencyPair } from "../../../graph/repositories/algorithms/key-nodes.js";

const pair = (from: string, to: string, fromDept: string | null = null, toDept: string | null = null): DependencyPair => ({ from, to, fromDept, toDept });

describe("key nodes", () => {
  // g1 (IT) and g2 (Øko) use module m, which is part of system s; g3 (IT) depends on g1.
  const pairs = [pair("g1", "m", "it"), pair("g2", "m", "oko"), pair("m", "s"), pair("g3", "g1", "it", "it")];

  it("counts transitive and direct dependents and their departments", () => {
    expect(rankKeyNodes(pairs, 2)).toEqual([
      { id: "s", dependents: 4, directDependents: 1, betweenness: 0, departments: 2 },
      { id: "m", dependents: 3, directDependents: 2, betweenness: 3, departments: 2 },
    ]);
  });

  it("ranks ties by betweenness, then direct dependents, then id", () => {
    const ranked = rankKeyNodes([pair("a", "x"), pair("b", "y")], 10);
    expect(ranked.map((r) => r.id)).toEqual(["x", "y", "a", "b"]);
  });

  it("stops counting at the depth limit", () => {
    const chain = [pair("a", "b"), pair("b", "c"), pair("c", "d")];
    expect(rankKeyNodes(chain, 1, 2)[0]).toMatchObject({ id: "c", dependents: 2 });
    expect(rankKeyNodes(chain, 1, 6)[0]).toMatchObject({ id: "d", dependents: 3 });
  });

  it("reachable excludes the start, even on a cycle", () => {
    const next = new Map([["a", ["b"]], ["b", ["a", "c"]]]);
    expect([...reachable("a", next, 5)].sort()).toEqual(["b", "c"]);
    expect([...reachable("a", next, 1)]).toEqual(["b"]);
  });
});
