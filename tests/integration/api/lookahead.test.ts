/**
 * List queries read the relations a request selects together with their roots (one
 * statement) and prime the loaders. The answer must be exactly what the loaders alone give:
 * the same neighbours, in the same order, through aliases and fragments; and it must cost
 * one statement where the loaders need one per level.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../../../graph/synthetic/generate.js";
import { data, useApi } from "./harness.js";

const plan = generatePlan(3);
const h = useApi(() => plan);

const DEPARTMENT_TREE = `
  id name
  goals {
    id letter title
    systems { id name }
    initiatives { id ordinal text goal { id } systems { id name parent { id name } modules { id } } milestones { id date } }
    themes { id }
  }
  statusItems { id outcome }`;

describe("look-ahead in list queries", () => {
  it("gives departments > goals > initiatives > systems exactly as the per-level loaders do", async () => {
    const { departments } = await data<{ departments: { id: string }[] }>(h, `query($p: ID) { departments(planId: $p) { ${DEPARTMENT_TREE} } }`, { p: plan.planId });
    expect(departments.length).toBeGreaterThanOrEqual(4);
    // `node` reads one node and leaves every relation to the loaders: the reference answer.
    for (const department of departments) {
      const reference = await data<{ node: unknown }>(h, `query($id: ID!) { node(id: $id) { ... on Department { ${DEPARTMENT_TREE} } } }`, { id: department.id });
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
    const run = await h.api.run<{ departments: any[] }>(query, { p: plan.planId });
    expect(run.errors).toBeUndefined();
    const first = run.data!.departments.find((d) => d.a.length > 0);
    expect(first.a.map((g: any) => g.id)).toEqual(first.b.map((g: any) => g.id));
    expect(first.a[0]).toEqual({ id: first.b[0].id, letter: expect.any(String), initiatives: expect.any(Array) });
    expect(Object.keys(first.b[0])).toEqual(["id", "systems"]);
    // roots and every relation in one statement, after the plan check
    expect(run.queries).toBe(2);
  });

  it("costs two statements for the whole tree, whatever its size", async () => {
    const run = await h.api.run(`query($p: ID) { departments(planId: $p) { goals { initiatives { systems { name } } } } }`, { p: plan.planId });
    expect(run.errors).toBeUndefined();
    expect(run.queries).toBe(2);
    const goals = await h.api.run(`{ goals { letter initiatives { text systems { name modules { name } } } } }`);
    expect(goals.errors).toBeUndefined();
    expect(goals.queries).toBe(1);
  });

  it("leaves relations deeper than the look-ahead to the loaders, with the same answer", async () => {
    // goals > initiatives > goal > initiatives > goal (4 levels read ahead) > milestones (5th: a loader)
    const deep = `{ goals { id initiatives { goal { initiatives { goal { milestones { id date } } } } } } }`;
    const run = await h.api.run<{ goals: any[] }>(deep);
    expect(run.errors).toBeUndefined();
    expect(run.queries).toBe(2);
    const shallow = await data<{ goals: { id: string; milestones: unknown[] }[] }>(h, `{ goals { id milestones { id date } } }`);
    const milestonesOf = new Map(shallow.goals.map((goal) => [goal.id, goal.milestones]));
    const withInitiatives = run.data!.goals.filter((goal) => goal.initiatives.length > 0);
    expect(withInitiatives.length).toBeGreaterThan(10);
    for (const goal of withInitiatives) {
      expect(goal.initiatives[0].goal.initiatives[0].goal.milestones).toEqual(milestonesOf.get(goal.id));
    }
    expect([...milestonesOf.values()].some((milestones) => milestones.length > 0)).toBe(true);
  });
});
