/**
 * No N+1: a nested query costs the same number of Cypher round trips whatever the number of
 * parents. The same operation runs on the small fixture plan (2 departments) and on a
 * synthetic plan shaped like the real one (several departments, dozens of goals, many
 * initiatives), and the counts must match.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../../../graph/synthetic/generate.js";
import { fixturePlan } from "../../helpers/fixture-plan.js";
import { useApi } from "./harness.js";

const small = fixturePlan("test-api-n1-small");
const big = generatePlan(0);
const h = useApi(
  () => small,
  () => big,
);

const NESTED = `query($p: ID) {
  departments(planId: $p) {
    id name department { id }
    goals {
      id letter
      dependsOn { type evidence crossDepartment to { id name } }
      systems { id name }
      initiatives {
        id text goal { id }
        systems { id name parent { id } }
        dependsOn { evidence to { id } }
      }
    }
  }
}`;

interface Department {
  goals: { dependsOn: unknown[]; initiatives: { systems: unknown[] }[] }[];
}

const count = <T>(items: T[], children: (item: T) => unknown[]) => items.flatMap(children).length;

describe("nested queries batch their look-ups", () => {
  it("departments > goals > initiatives > systems, with evidence, costs the same on a small and a big plan", async () => {
    const smallRun = await h.api.run<{ departments: Department[] }>(NESTED, { p: small.planId });
    const bigRun = await h.api.run<{ departments: Department[] }>(NESTED, { p: big.planId });
    expect(smallRun.errors).toBeUndefined();
    expect(bigRun.errors).toBeUndefined();

    const smallDepartments = smallRun.data!.departments;
    const bigDepartments = bigRun.data!.departments;
    const goals = (ds: Department[]) => ds.flatMap((d) => d.goals);
    const initiatives = (ds: Department[]) => goals(ds).flatMap((g) => g.initiatives);
    // The big plan really has many more parents at every level.
    expect(smallDepartments).toHaveLength(2);
    expect(bigDepartments.length).toBeGreaterThanOrEqual(4);
    expect(goals(bigDepartments).length).toBeGreaterThan(5 * goals(smallDepartments).length);
    expect(initiatives(bigDepartments).length).toBeGreaterThan(10 * initiatives(smallDepartments).length);
    expect(count(initiatives(bigDepartments), (i) => i.systems)).toBeGreaterThan(0);
    expect(count(goals(bigDepartments), (g) => g.dependsOn)).toBeGreaterThan(0);

    // departments with goals, goal systems, initiatives, initiative goals, initiative
    // systems and their parents read ahead in one statement; then the edges of goals and
    // initiatives, asked for in the same tick, in one batch: 2, not one per parent.
    // (`department` on a department is the department itself: no look-up.)
    expect({ small: smallRun.queries, big: bigRun.queries }).toEqual({ small: 2, big: 2 });
  });

  it("one department costs no more than all of them", async () => {
    const one = await h.api.run(
      `query($id: ID!) { node(id: $id) { ... on Department { goals { initiatives { systems { name } } dependsOn { evidence } } } } }`,
      { id: `${small.planId}:it` },
    );
    const all = await h.api.run(
      `query($p: ID) { departments(planId: $p) { goals { initiatives { systems { name } } dependsOn { evidence } } } }`,
      { p: big.planId },
    );
    expect(one.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    // node: 1 look-up by id, then 4 loader levels (goals, initiatives, systems, edges);
    // departments: the list with the relations read ahead, then the edges.
    expect({ one: one.queries, all: all.queries }).toEqual({ one: 5, all: 2 });
  });
});
