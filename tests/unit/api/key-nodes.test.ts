import { describe, expect, it } from "vitest";
import type { NodeKind, RelType } from "../../../graph/model.js";
import { rankKeyNodes, type SlipPair } from "../../../graph/repositories/algorithms/key-nodes.js";

const kindOf = (id: string): NodeKind => (id.startsWith("g") ? "Goal" : id.startsWith("d") ? "Department" : "System");
const pair = (
  from: string,
  to: string,
  fromDept: string | null = null,
  toDept: string | null = null,
  type: RelType = "DEPENDS_ON",
): SlipPair => ({
  from,
  to,
  type,
  fromKind: kindOf(from),
  toKind: kindOf(to),
  fromDept,
  toDept,
});

describe("key nodes", () => {
  // g1 (IT) and g2 (Øko) use module m, which is part of system s; g3 (IT) depends on g1.
  const pairs = [
    pair("g1", "m", "it", null, "USES"),
    pair("g2", "m", "oko", null, "USES"),
    pair("m", "s", null, null, "PART_OF"),
    pair("g3", "g1", "it", "it"),
  ];

  it("counts all and direct dependents and their departments by the slip rules", () => {
    expect(rankKeyNodes(pairs, 2, 10)).toEqual([
      { id: "s", all: 4, direct: 1, betweenness: 0, departments: 2 },
      { id: "m", all: 3, direct: 2, betweenness: 3, departments: 2 },
    ]);
  });

  it("never counts through a department: it is hit, but what involves it is not", () => {
    const hub = [
      pair("d1", "s", "d1", null, "USES"),
      pair("g1", "d1", "it", "d1", "INVOLVES"),
      pair("g2", "s", "oko", null, "USES"),
    ];
    expect(rankKeyNodes(hub, 1, 10)[0]).toMatchObject({ id: "s", all: 2, direct: 2 });
  });

  it("ranks ties by betweenness, then direct dependents, then id", () => {
    const ranked = rankKeyNodes([pair("ga", "sx"), pair("gb", "sy")], 10, 10);
    expect(ranked.map((r) => r.id)).toEqual(["sx", "sy", "ga", "gb"]);
  });

  it("stops counting at the depth limit", () => {
    const chain = [pair("ga", "gb"), pair("gb", "gc"), pair("gc", "gd")];
    expect(rankKeyNodes(chain, 1, 2)[0]).toMatchObject({ id: "gc", all: 2 });
    expect(rankKeyNodes(chain, 1, 6)[0]).toMatchObject({ id: "gd", all: 3 });
  });
});
