import { describe, expect, it } from "vitest";
import { groupSystemLinks } from "../../../graph/repositories/algorithms/system-links.js";
import type { StoredEdge, StoredNode } from "../../../graph/repositories/records.js";

const node = (
  id: string,
  kind: string,
  owningDepartmentId: string | null = null,
  extra: Record<string, unknown> = {},
): StoredNode => ({ id, kind, planId: "p", name: id, source: "", owningDepartmentId, ...extra });
const edge = (from: StoredNode, type: StoredEdge["type"], to: StoredNode): StoredEdge => ({
  id: `${from.id}|${type}|${to.id}`,
  type,
  evidence: "",
  section: "",
  inferred: false,
  reason: null,
  origin: "curated",
  from,
  to,
  crossDepartment: false,
  basis: "STATED",
  viaSystem: null,
});

const opus = node("opus", "System");
const module = node("opus-e", "System");
const goal = node("bs:h", "Goal", "bs");
const initiative = node("pa:c:1", "Initiative", "pa", { goalId: "pa:c" });
const department = node("oa", "Department", "oa");
const kmd = node("kmd", "Organisation");
const oes = node("oes", "System");

describe("grouping a system's links by department", () => {
  const targets = new Set(["opus", "opus-e"]);
  const edges = [
    edge(goal, "USES", module),
    edge(initiative, "USES", opus),
    edge(department, "USES", opus),
    edge(opus, "INVOLVES", kmd),
    edge(opus, "REPLACES", oes),
    edge(goal, "USES", module), // the same edge found from both ends
  ];

  it("puts goals, their initiatives' goals and the edges under the owning department", () => {
    const { groups } = groupSystemLinks(targets, edges);
    expect(
      groups.map((g) => [g.departmentId, g.goalIds, g.initiatives.map((i) => i.id), g.edges.map((e) => e.id)]),
    ).toEqual([
      ["bs", ["bs:h"], [], ["bs:h|USES|opus-e"]],
      ["oa", [], [], ["oa|USES|opus"]],
      ["pa", ["pa:c"], ["pa:c:1"], ["pa:c:1|USES|opus"]],
    ]);
  });

  it("keeps edges to parties without a department apart, each once", () => {
    expect(groupSystemLinks(targets, edges).otherEdges.map((e) => e.id)).toEqual([
      "opus|INVOLVES|kmd",
      "opus|REPLACES|oes",
    ]);
  });
});
