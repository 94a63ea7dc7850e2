/** Impact, path and what-if on the fixture plan, and the size cap on a wide plan. */
import { describe, expect, it } from "vitest";
import type { PlanGraph, PlanGraphEdge, PlanGraphNode } from "../../../graph/model.js";
import { fixturePlan } from "../../helpers/fixture-plan.js";
import { operation } from "../../helpers/operation.js";
import { data, useApi } from "./harness.js";

const planId = "test-api-impact";
const id = (local: string) => `${planId}:${local}`;

/** One system used by 520 initiatives of one goal: wider than an impact answer lists. */
function widePlan(): PlanGraph {
  const p = "test-api-impact-wide";
  const nodes: PlanGraphNode[] = [
    {
      kind: "Plan",
      id: p,
      planId: p,
      name: "Bred plan",
      source: "",
      municipality: "Testby",
      administration: "F",
      year: 2031,
      intro: "",
    },
    {
      kind: "Department",
      id: `${p}:d`,
      planId: p,
      name: "Afdelingen",
      source: "D",
      vision: "",
      mainTasks: [],
      resources: "",
      staff: null,
      salaryBudget: null,
    },
    {
      kind: "Goal",
      id: `${p}:d:a`,
      planId: p,
      name: "A. Mål",
      source: "D > A",
      departmentId: `${p}:d`,
      letter: "A",
      title: "Mål",
      mainGoal: "",
      strategy: "",
    },
    {
      kind: "System",
      id: `${p}:system:x`,
      planId: p,
      name: "X",
      source: "",
      category: "system",
      aliases: [],
      description: "",
    },
  ];
  const edge = (from: string, type: PlanGraphEdge["type"], to: string): PlanGraphEdge => ({
    from,
    to,
    type,
    evidence: `${from} ${type} ${to}`,
    section: "D",
    inferred: false,
    reason: null,
    origin: "curated",
  });
  const edges: PlanGraphEdge[] = [edge(p, "HAS_DEPARTMENT", `${p}:d`), edge(`${p}:d`, "OWNS", `${p}:d:a`)];
  for (let i = 1; i <= 520; i++) {
    nodes.push({
      kind: "Initiative",
      id: `${p}:d:a:${i}`,
      planId: p,
      name: `Indsats ${i}`,
      source: "D > A",
      goalId: `${p}:d:a`,
      ordinal: i,
      text: `Indsats ${i}`,
    });
    edges.push(edge(`${p}:d:a`, "HAS_INITIATIVE", `${p}:d:a:${i}`), edge(`${p}:d:a:${i}`, "USES", `${p}:system:x`));
  }
  return { planId: p, nodes, edges };
}

const h = useApi(() => fixturePlan(planId), widePlan);

type Ref = { id: string };
interface ImpactAnswer {
  impact: {
    root: Ref;
    direction: string;
    maxDepth: number;
    truncated: boolean;
    truncatedReason: string | null;
    cut: unknown;
    nodes: { depth: number; node: Ref; via: (Ref & { evidence: string })[]; chain: Ref[] }[];
    edges: Ref[];
    departments: Ref[];
  };
}
const IMPACT = operation<
  ImpactAnswer,
  { id: string; direction?: string; depth?: number }
>(`query($id: ID!, $direction: ImpactDirection, $depth: Int) {
  impact(id: $id, direction: $direction, maxDepth: $depth) {
    root { id } direction maxDepth truncated truncatedReason cut { nodesBeyondDepth beyondIsLowerBound nodesWithinDepth nodeLimit }
    nodes { depth node { id } via { id evidence } chain { id } }
    edges { id }
    departments { id }
  }
}`);

describe("impact", () => {
  it("DOWNSTREAM of a module reaches its users and their goals, each with depth and evidence", async () => {
    const { impact } = await data(h, IMPACT, { id: id("system:oes-indkoeb") });
    expect(impact.root).toEqual({ id: id("system:oes-indkoeb") });
    expect(impact.direction).toBe("DOWNSTREAM");
    expect(impact.maxDepth).toBe(4);
    expect(impact.nodes).toEqual([
      {
        depth: 1,
        node: { id: id("oekonomi:a:1") },
        via: [
          {
            id: `${id("oekonomi:a:1")}|USES|${id("system:oes-indkoeb")}`,
            evidence: "oekonomi:a:1 USES system:oes-indkoeb",
          },
        ],
        chain: [{ id: `${id("oekonomi:a:1")}|USES|${id("system:oes-indkoeb")}` }],
      },
      {
        depth: 2,
        node: { id: id("oekonomi:a") },
        via: [
          {
            id: `${id("oekonomi:a")}|HAS_INITIATIVE|${id("oekonomi:a:1")}`,
            evidence: "oekonomi:a HAS_INITIATIVE oekonomi:a:1",
          },
        ],
        chain: [
          { id: `${id("oekonomi:a:1")}|USES|${id("system:oes-indkoeb")}` },
          { id: `${id("oekonomi:a")}|HAS_INITIATIVE|${id("oekonomi:a:1")}` },
        ],
      },
    ]);
    expect(impact.edges).toHaveLength(2);
    expect(impact.departments).toEqual([{ id: id("oekonomi") }]);
    expect(impact.truncated).toBe(false);
    expect(impact.truncatedReason).toBeNull();
  });

  it("names the via edges by id too, each one listed in full among the edges", async () => {
    const lean = await data<{
      impact: { nodes: { node: Ref; via: Ref[]; viaEdgeIds: string[] }[]; edges: (Ref & { evidence: string })[] };
    }>(h, `query($id: ID!) { impact(id: $id) { nodes { node { id } via { id } viaEdgeIds } edges { id evidence } } }`, {
      id: id("system:oes-indkoeb"),
    });
    const edgeIds = new Set(lean.impact.edges.map((e) => e.id));
    for (const node of lean.impact.nodes) {
      expect(node.viaEdgeIds).toEqual(node.via.map((e) => e.id));
      expect(node.viaEdgeIds.length).toBeGreaterThan(0);
      for (const edgeId of node.viaEdgeIds) expect(edgeIds.has(edgeId)).toBe(true);
    }
  });

  it("reaches across departments: downstream of IT's goal A are IT's goal B and Økonomi's goal A", async () => {
    const { impact } = await data(h, IMPACT, { id: id("milestone:net"), depth: 2 });
    expect(impact.nodes.map((n) => [n.depth, n.node.id])).toEqual([
      [1, id("it:a")],
      [2, id("oekonomi:a")],
      [2, id("it:b")],
    ]);
    expect(impact.departments).toEqual([{ id: id("it") }, { id: id("oekonomi") }]);
  });

  it("says when the depth limit cut the answer, and how much lies beyond", async () => {
    const { impact } = await data(h, IMPACT, { id: id("milestone:net"), depth: 1 });
    expect(impact.nodes.map((n) => n.node.id)).toEqual([id("it:a")]);
    expect(impact.edges.map((e) => e.id)).toEqual([`${id("it:a")}|HAS_MILESTONE|${id("milestone:net")}`]);
    expect(impact.truncated).toBe(true);
    expect(impact.truncatedReason).toBe("depth 1 reached: 2 more nodes lie further downstream");
    expect(impact.cut).toEqual({
      nodesBeyondDepth: 2,
      beyondIsLowerBound: false,
      nodesWithinDepth: impact.nodes.length,
      nodeLimit: null,
    });
  });

  it("UPSTREAM lists what a goal needs", async () => {
    const { impact } = await data(h, IMPACT, { id: id("oekonomi:a"), direction: "UPSTREAM" });
    expect(impact.nodes.map((n) => [n.depth, n.node.id])).toEqual([
      [1, id("it:a")],
      [1, id("oekonomi:a:1")],
      [2, id("milestone:net")], // "Nyt net klar" before "Nyt netværk": by depth, then name
      [2, id("it:a:1")],
      [2, id("system:oes-indkoeb")],
      [3, id("org:leverandoer")],
      [3, id("system:oes")],
    ]);
    expect(impact.departments).toEqual([{ id: id("it") }, { id: id("oekonomi") }]);
  });

  it("lists no node and is complete for a node nothing depends on", async () => {
    const { impact } = await data(h, IMPACT, { id: id("it:b") });
    expect(impact).toMatchObject({ nodes: [], edges: [], departments: [], truncated: false });
  });

  it("cuts a wide answer at 500 nodes and says so", async () => {
    const { impact } = await data(h, IMPACT, { id: "test-api-impact-wide:system:x", depth: 1 });
    expect(impact.nodes).toHaveLength(500);
    expect(impact.edges).toHaveLength(500);
    expect(impact.truncated).toBe(true);
    expect(impact.truncatedReason).toBe(
      "depth 1 reached: 1 more node lies further downstream; cut off at 500 nodes (520 within depth 1)",
    );
    expect(impact.cut).toEqual({
      nodesBeyondDepth: 1,
      beyondIsLowerBound: false,
      nodesWithinDepth: 520,
      nodeLimit: 500,
    });
  });
});

describe("path", () => {
  const PATH = operation<{ path: { length: number; nodes: Ref[]; hops: unknown[] } }, { from: string; to: string }>(
    `query($from: ID!, $to: ID!) { path(from: $from, to: $to) { length nodes { id } hops { type from { id } to { id } evidence } } }`,
  );

  it("explains how two nodes are linked, hop by hop, following edges either way", async () => {
    const { path } = await data(h, PATH, { from: id("oekonomi:a:1"), to: id("it:b") });
    expect(path.length).toBe(3);
    expect(path.nodes.map((n) => n.id)).toEqual([id("oekonomi:a:1"), id("oekonomi:a"), id("it:a"), id("it:b")]);
    expect(path.hops).toEqual([
      {
        type: "HAS_INITIATIVE",
        from: { id: id("oekonomi:a") },
        to: { id: id("oekonomi:a:1") },
        evidence: "oekonomi:a HAS_INITIATIVE oekonomi:a:1",
      },
      {
        type: "DEPENDS_ON",
        from: { id: id("oekonomi:a") },
        to: { id: id("it:a") },
        evidence: "oekonomi:a DEPENDS_ON it:a",
      },
      { type: "DEPENDS_ON", from: { id: id("it:b") }, to: { id: id("it:a") }, evidence: "it:b DEPENDS_ON it:a" },
    ]);
  });

  it("is null when no dependency chain links the two, and length 0 from a node to itself", async () => {
    const result = await data(
      h,
      `query($a: ID!, $b: ID!) { none: path(from: $a, to: $b) { length } self: path(from: $a, to: $a) { length nodes { id } hops { id } } }`,
      {
        a: id("it:b"),
        b: "test-api-impact-wide:system:x",
      },
    );
    expect(result).toEqual({ none: null, self: { length: 0, nodes: [{ id: id("it:b") }], hops: [] } });
  });
});

describe("whatIf", () => {
  it("lists the goals hit when a milestone slips, and the new date", async () => {
    const { whatIf } = await data<{ whatIf: unknown }>(
      h,
      `query($m: ID!) { whatIf(milestone: $m, slipDays: 45) {
      milestone { id } slipDays newDate newEndDate goals { id } initiatives { id } affected { depth node { id } via { evidence } } truncated } }`,
      { m: id("milestone:net") },
    );
    expect(whatIf).toEqual({
      milestone: { id: id("milestone:net") },
      slipDays: 45,
      newDate: "2030-08-15",
      newEndDate: null,
      goals: [{ id: id("it:a") }, { id: id("oekonomi:a") }, { id: id("it:b") }],
      initiatives: [],
      affected: [
        { depth: 1, node: { id: id("it:a") }, via: [{ evidence: "it:a HAS_MILESTONE milestone:net" }] },
        { depth: 2, node: { id: id("oekonomi:a") }, via: [{ evidence: "oekonomi:a DEPENDS_ON it:a" }] },
        { depth: 2, node: { id: id("it:b") }, via: [{ evidence: "it:b DEPENDS_ON it:a" }] },
      ],
      truncated: false,
    });
  });
});
