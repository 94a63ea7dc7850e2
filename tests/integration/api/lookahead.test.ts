/**
 * List queries read the relations a request selects together with their roots (one
 * statement) and prime the loaders. The answer must be exactly what the loaders alone give:
 * the same neighbours, in the same order, through aliases and fragments; and it must cost
 * one statement where the loaders need one per level.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { neighbourOrder, siblingOrder, TARGET_KIND } from "../../../graph/cypher/fragments.js";
import type { RelType } from "../../../graph/model.js";
import { generatePlan } from "../../../graph/synthetic/generate.js";
import { data, useApi } from "./harness.js";

const plan = generatePlan(3);
const h = useApi(() => plan);

/** Every scalar and enum field of a type, from the schema itself: a read-ahead record must answer all of them. */
async function scalarsOf(typeName: string): Promise<string> {
  type Field = { name: string; type: { kind: string; ofType: Field["type"] | null } };
  const { __type } = await data<{ __type: { fields: Field[] } }>(
    h,
    `query($t: String!) { __type(name: $t) { fields { name type { kind ofType { kind ofType { kind ofType { kind } } } } } } }`,
    { t: typeName },
  );
  const named = (type: Field["type"]): string => (type.ofType ? named(type.ofType) : type.kind);
  return __type.fields
    .filter((f) => ["SCALAR", "ENUM"].includes(named(f.type)))
    .map((f) => f.name)
    .join(" ");
}

let DEPARTMENT_TREE = "";
/** Every scalar field of every node type, as inline fragments. */
let ANY_NODE = "";
beforeAll(async () => {
  const [department, goal, initiative, system, milestone, theme, statusItem] = await Promise.all(
    ["Department", "Goal", "Initiative", "System", "Milestone", "Theme", "StatusItem"].map(scalarsOf),
  );
  expect(goal).toContain("mainGoal");
  const kinds = [
    "Plan",
    "Department",
    "Goal",
    "Initiative",
    "System",
    "Organisation",
    "Milestone",
    "Theme",
    "StatusItem",
  ];
  const scalars = await Promise.all(kinds.map(scalarsOf));
  ANY_NODE = kinds.map((kind, i) => `... on ${kind} { ${scalars[i]} }`).join(" ") + " department { id vision }";
  DEPARTMENT_TREE = `
    ${department} department { id vision }
    goals {
      ${goal} department { id name vision }
      systems { ${system} }
      initiatives {
        ${initiative} department { id }
        goal { ${goal} }
        systems { ${system} parent { ${system} } modules { id } }
        milestones { ${milestone} }
      }
      themes { ${theme} }
      milestones { ${milestone} }
    }
    statusItems { ${statusItem} department { name } }`;
});

describe("look-ahead in list queries", () => {
  it("gives departments > goals > initiatives > systems exactly as the per-level loaders do", async () => {
    const { departments } = await data<{ departments: { id: string }[] }>(
      h,
      `query($p: ID) { departments(planId: $p) { ${DEPARTMENT_TREE} } }`,
      { p: plan.planId },
    );
    expect(departments.length).toBeGreaterThanOrEqual(4);
    // `node` reads one node and leaves every relation to the loaders: the reference answer.
    for (const department of departments) {
      const reference = await data<{ node: unknown }>(
        h,
        `query($id: ID!) { node(id: $id) { ... on Department { ${DEPARTMENT_TREE} } } }`,
        { id: department.id },
      );
      expect(department).toEqual(reference.node);
    }
  });

  it("merges aliases and fragments of one relation, and keeps each alias's selection", async () => {
    const query = `
      fragment G on Goal { letter initiatives { id } }
      query($p: ID) {
        departments(planId: $p) {
          id
          a: goals { id ...G }
          b: goals { id systems { id } }
          ... on Department { goals { title } }
        }
      }`;
    type Goal = { id: string } & Record<string, unknown>;
    const run = await h.api.run<{ departments: { a: Goal[]; b: Goal[] }[] }>(query, { p: plan.planId });
    expect(run.errors).toBeUndefined();
    const first = run.data!.departments.find((d) => d.a.length > 0)!;
    expect(first.a.map((g) => g.id)).toEqual(first.b.map((g) => g.id));
    expect(first.a[0]).toEqual({ id: first.b[0]?.id, letter: expect.any(String), initiatives: expect.any(Array) });
    expect(Object.keys(first.b[0] ?? {})).toEqual(["id", "systems"]);
    // roots and every relation in one statement
    expect(run.queries).toBe(1);
  });

  it("costs one statement for the whole tree, whatever its size", async () => {
    const run = await h.api.run(
      `query($p: ID) { departments(planId: $p) { goals { initiatives { systems { name } } } } }`,
      { p: plan.planId },
    );
    expect(run.errors).toBeUndefined();
    expect(run.queries).toBe(1);
    const goals = await h.api.run(`{ goals { letter initiatives { text systems { name modules { name } } } } }`);
    expect(goals.errors).toBeUndefined();
    expect(goals.queries).toBe(1);
  });

  it("still tells an unknown plan (NOT_FOUND) from a plan with nothing of a kind (empty list)", async () => {
    const unknown = await h.api.run(`{ departments(planId: "no-such-plan") { id goals { id } } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const none = await h.api.run(`query($p: ID) { organisations(planId: $p) { id } }`, { p: plan.planId });
    expect(none.errors).toBeUndefined();
    const unknownDepartment = await h.api.run(`{ goals(department: "no-such-department") { id } }`);
    expect(unknownDepartment.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("leaves relations deeper than the look-ahead to the loaders, with the same answer", async () => {
    // goals > initiatives > goal > initiatives > goal (4 levels read ahead) > milestones (5th: a loader)
    const deep = `{ goals { id initiatives { goal { initiatives { goal { milestones { id date } } } } } } }`;
    type Deep = { id: string; initiatives: { goal: { initiatives: { goal: { milestones: unknown[] } }[] } }[] };
    const run = await h.api.run<{ goals: Deep[] }>(deep);
    expect(run.errors).toBeUndefined();
    expect(run.queries).toBe(2);
    const shallow = await data<{ goals: { id: string; milestones: unknown[] }[] }>(
      h,
      `{ goals { id milestones { id date } } }`,
    );
    const milestonesOf = new Map(shallow.goals.map((goal) => [goal.id, goal.milestones]));
    const withInitiatives = run.data!.goals.filter((goal) => goal.initiatives.length > 0);
    expect(withInitiatives.length).toBeGreaterThan(10);
    for (const goal of withInitiatives) {
      expect(goal.initiatives[0]?.goal.initiatives[0]?.goal.milestones).toEqual(milestonesOf.get(goal.id));
    }
    expect([...milestonesOf.values()].some((milestones) => milestones.length > 0)).toBe(true);
  });

  it("reads of each impacted node only what is selected, and answers every field as a whole record would", async () => {
    const opus = `${plan.planId}:system:opus`;
    type AnyNode = { id: string; department?: { vision?: string | null } | null } & Record<string, unknown>;
    const run = await h.api.run<{ impact: { root: AnyNode; nodes: { node: AnyNode }[]; edges: { from: AnyNode }[] } }>(
      `query($id: ID!) { impact(id: $id, maxDepth: 3) {
      root { ${ANY_NODE} } nodes { node { ${ANY_NODE} } } edges { summary from { ${ANY_NODE} } to { id name } } } }`,
      { id: opus },
    );
    expect(run.errors).toBeUndefined();
    const { impact } = run.data!;
    expect(impact.nodes.length).toBeGreaterThan(10);
    const answered = [impact.root, ...impact.nodes.map((n) => n.node), ...impact.edges.map((e) => e.from)];
    const byId = new Map(answered.map((node) => [node.id, node]));
    expect([...byId.values()].some((node) => node.department?.vision)).toBe(true);
    for (const [id, node] of byId) {
      const whole = await data<{ node: unknown }>(h, `query($id: ID!) { node(id: $id) { ${ANY_NODE} } }`, { id });
      expect(node).toEqual(whole.node);
    }
  });

  it("orders neighbours by their kind's own order exactly as the generic sibling order does", async () => {
    for (const key of Object.keys(TARGET_KIND)) {
      const [type, direction] = key.split(":") as [RelType, "out" | "in"];
      const arrow = direction === "out" ? `-[:${type}]->` : `<-[:${type}]-`;
      const listed = (order: string) =>
        h.db.read("order", (tx) =>
          tx.run<{ id: string; ids: string[] }>(
            `MATCH (a:Entity {planId: $planId})${arrow}(b:Entity) WITH a, b ORDER BY ${order} RETURN a.id AS id, collect(b.id) AS ids ORDER BY id`,
            { planId: plan.planId },
          ),
        );
      const specific = await listed(neighbourOrder(type, direction, "b"));
      expect(specific, key).toEqual(await listed(siblingOrder("b")));
      if (type !== "REPLACES") expect(specific.length, key).toBeGreaterThan(0);
    }
  });
});
