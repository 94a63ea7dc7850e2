import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDb } from "../../graph/driver.js";
import type { PlanGraph } from "../../graph/model.js";
import { countPlan, loadPlanGraph } from "../../graph/repositories/plan-load.repository.js";
import { testDb } from "../helpers/graph.js";

const planId = "test-load";
const graph: PlanGraph = {
  planId,
  nodes: [
    {
      kind: "Plan",
      id: `${planId}:plan`,
      planId,
      name: "Testplan",
      source: "",
      municipality: "Testby",
      administration: "Forvaltning",
      year: 2030,
      intro: "",
    },
    {
      kind: "Department",
      id: `${planId}:it`,
      planId,
      name: "IT",
      source: "IT",
      vision: "",
      mainTasks: ["Drift"],
      resources: "",
      staff: 3,
      salaryBudget: null,
    },
    {
      kind: "System",
      id: `${planId}:system:opus`,
      planId,
      name: "OPUS",
      source: "",
      category: "system",
      aliases: ["OPUS"],
      description: "",
    },
  ],
  edges: [
    {
      from: `${planId}:plan`,
      to: `${planId}:it`,
      type: "HAS_DEPARTMENT",
      evidence: "IT",
      section: "",
      inferred: false,
      reason: null,
      origin: "structure",
    },
    {
      from: `${planId}:it`,
      to: `${planId}:system:opus`,
      type: "USES",
      evidence: "OPUS",
      section: "IT",
      inferred: false,
      reason: null,
      origin: "curated",
    },
  ],
};

describe("loading a plan graph", () => {
  let db: GraphDb;
  beforeAll(() => {
    db = testDb();
  });
  afterAll(async () => {
    await db.write("cleanup", (tx) => tx.run("MATCH (n:Entity {planId: $planId}) DETACH DELETE n", { planId }));
    await db.close();
  });

  it("writes every node and edge and reads them back", async () => {
    const report = await loadPlanGraph(db, graph);
    expect(report.nodes).toEqual({ Plan: 1, Department: 1, System: 1 });
    expect(report.relationships).toEqual({ HAS_DEPARTMENT: 1, USES: 1 });
    const [row] = await db.read("t", (tx) =>
      tx.run<{ staff: number; tasks: string[] }>(
        "MATCH (d:Department {id: $id}) RETURN d.staff AS staff, d.mainTasks AS tasks",
        { id: `${planId}:it` },
      ),
    );
    expect(row).toEqual({ staff: 3, tasks: ["Drift"] });
  });

  it("is idempotent: loading twice leaves the same counts", async () => {
    const before = await countPlan(db, planId);
    await loadPlanGraph(db, graph);
    expect(await countPlan(db, planId)).toEqual(before);
    expect(before.nodes).toEqual({ Plan: 1, Department: 1, System: 1 });
  });

  it("writes nothing when an edge refers to a node that is not there", async () => {
    const broken: PlanGraph = {
      ...graph,
      nodes: [
        ...graph.nodes,
        {
          kind: "System",
          id: `${planId}:system:gopro`,
          planId,
          name: "GoPro",
          source: "",
          category: "system",
          aliases: [],
          description: "",
        },
      ],
      edges: [...graph.edges, { ...graph.edges[1]!, to: `${planId}:nowhere` }],
    };
    await expect(loadPlanGraph(db, broken)).rejects.toThrow(/missing nodes/);
    const [row] = await db.read("t", (tx) =>
      tx.run<{ n: number }>("MATCH (n {id: $id}) RETURN count(n) AS n", { id: `${planId}:system:gopro` }),
    );
    expect(row?.n).toBe(0);
  });
});
