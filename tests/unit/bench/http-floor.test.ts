import { Kind, parse, type OperationDefinitionNode, type SelectionSetNode } from "graphql";
import { describe, expect, it } from "vitest";
import type { ImpactRecord } from "../../../graph/repositories/impact.repository.js";
import type { StoredEdge, StoredNode } from "../../../graph/repositories/records.js";
import { impactAnswer, kindName, operationNameOf } from "../../bench/floor-http.js";
import { answerDifference } from "../../bench/lib/answers.js";
import { benchInstance } from "../../bench/lib/neo4j.js";
import { IMPACT, NESTED } from "../../bench/queries.graphql.js";

/** The response keys a selection set asks for, in order, nested the way the answer nests them. */
type Shape = { [field: string]: Shape | null };
function shapeOf(set: SelectionSetNode): Shape {
  const shape: Shape = {};
  for (const s of set.selections) {
    if (s.kind !== Kind.FIELD) throw new Error("fields only");
    shape[s.alias?.value ?? s.name.value] = s.selectionSet ? shapeOf(s.selectionSet) : null;
  }
  return shape;
}
function shapeOfValue(value: unknown): Shape | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== "object" || first === null) return null;
  return Object.fromEntries(Object.entries(first).map(([k, v]) => [k, shapeOfValue(v)]));
}

const node = (id: string, name: string, kind = "System") => ({ id, name, kind }) as unknown as StoredNode;
const edge = (from: StoredNode, to: StoredNode) =>
  ({ id: `${from.id}|USES|${to.id}`, type: "USES", evidence: "e", section: "s", from, to }) as unknown as StoredEdge;

describe("the HTTP floor's answers", () => {
  const root = node("p:system:a", "A");
  const hit = node("p:initiative:1", "One", "Initiative");
  const e = edge(hit, root);
  const record = {
    root,
    way: "downstream",
    maxDepth: 4,
    nodes: [{ node: hit, depth: 1, via: [e], chain: [e] }],
    edges: [e],
    departmentIds: [],
    truncated: false,
    truncatedReason: null,
    cut: { nodesBeyondDepth: 0, beyondIsLowerBound: false, nodesWithinDepth: 1, nodeLimit: null },
  } as ImpactRecord;

  it("answer impact with exactly the fields the bench's query selects, in its order", () => {
    const op = parse(IMPACT).definitions[0] as OperationDefinitionNode;
    const answer = impactAnswer(record);
    expect(JSON.stringify(shapeOfValue(answer))).toBe(JSON.stringify(shapeOf(op.selectionSet)));
    expect(answer.impact.nodes).toEqual([
      { depth: 1, node: { id: "p:initiative:1", name: "One", kind: "INITIATIVE" }, viaEdgeIds: [e.id] },
    ]);
    expect(answer.impact.edges[0]).toEqual({
      id: e.id,
      type: "USES",
      evidence: "e",
      section: "s",
      from: { id: "p:initiative:1" },
      to: { id: "p:system:a" },
    });
  });

  it("names kinds as the API's NodeKind enum does", () => {
    expect(["Plan", "Goal", "StatusItem"].map(kindName)).toEqual(["PLAN", "GOAL", "STATUS_ITEM"]);
  });

  it("picks the operation by its name", () => {
    expect(operationNameOf(IMPACT)).toBe("BenchImpact");
    expect(operationNameOf(NESTED)).toBe("BenchNested");
    expect(operationNameOf("{ plans { id } }")).toBeNull();
    expect(operationNameOf(42)).toBeNull();
  });
});

describe("comparing answers", () => {
  it("ignores key order and names where two answers first differ", () => {
    expect(answerDifference({ a: 1, b: [{ c: 2, d: 3 }] }, { b: [{ d: 3, c: 2 }], a: 1 })).toBeNull();
    expect(answerDifference({ impact: { nodes: [1, 2] } }, { impact: { nodes: [1] } })).toBe(
      "impact.nodes: 2 vs 1 items",
    );
    expect(answerDifference({ x: [{ id: "a" }] }, { x: [{ id: "b" }] })).toBe('x[0].id: "a" vs "b"');
    expect(answerDifference({ x: 1 }, { x: 1, y: 2 })).toBe("y: only in the second");
    expect(answerDifference({ x: null }, { x: {} })).toBe("x: null vs object");
    expect(answerDifference([1, 2], [2, 1])).toBe("[0]: 1 vs 2");
  });
});

describe("the bench's Neo4j", () => {
  it("runs instance bench on 7692 unless another port is named, which gets its own instance", () => {
    expect(benchInstance(undefined)).toEqual({ name: "bench", port: 7692 });
    expect(benchInstance("")).toEqual({ name: "bench", port: 7692 });
    expect(benchInstance("7717")).toEqual({ name: "bench-7717", port: 7717 });
    expect(() => benchInstance("seventy")).toThrow(/PLANGRAF_BENCH_NEO4J_PORT/);
    expect(() => benchInstance("80")).toThrow(/PLANGRAF_BENCH_NEO4J_PORT/);
  });
});
