/**
 * "Sammenlign": the 2009 plan against the 2010 fixture (seeds/fixtures/virksomhedsplan-2010.md),
 * which plants a renamed goal, a goal moved between departments, retired systems, a new
 * cross-department dependency and a slipped milestone. Every planted change must be found,
 * nothing else may be reported, and a plan compared with itself is all CONTINUED.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDb } from "../../../graph/driver.js";
import { SEED_PLANS, seedPlan } from "../../../seeds/seed-plans.js";
import { PLANNER, READER, testApi } from "../../helpers/api.js";
import { testDb } from "../../helpers/graph.js";
import { operation } from "../../helpers/operation.js";

const FIXTURE_2010 = {
  planFile: path.resolve("seeds/fixtures/virksomhedsplan-2010.md"),
  factsFile: path.resolve("seeds/fixtures/virksomhedsplan-2010.facts.yaml"),
};

type Ref = { id: string };
interface GoalChange {
  change: string;
  score: number | null;
  corrected: boolean;
  from: (Ref & { title?: string }) | null;
  to: (Ref & { title?: string }) | null;
}
interface DependencyChange {
  type: string;
  crossDepartment: boolean;
  from: Ref;
  to: Ref;
  evidence?: string;
}
interface Comparison {
  goals: GoalChange[];
  initiatives: { goal: Ref; added: string[]; removed: string[] }[];
  systemsIntroduced: { name: string }[];
  systemsRetired: { name: string }[];
  dependenciesAdded: DependencyChange[];
  dependenciesRemoved: DependencyChange[];
  milestonesMoved: { from: Ref & { date: string }; to: Ref & { date: string } }[];
}
type Plans = { from: string; to: string };
const COMPARE = operation<
  { comparePlans: Comparison },
  Plans
>(`query ($from: ID!, $to: ID!) { comparePlans(from: $from, to: $to) {
  goals { change score corrected from { id title } to { id title } }
  initiatives { goal { id } added removed }
  systemsIntroduced { name } systemsRetired { name }
  dependenciesAdded { type crossDepartment from { id } to { id } evidence }
  dependenciesRemoved { type crossDepartment from { id } to { id } }
  milestonesMoved { from { id date } to { id date } }
} }`);

let db: GraphDb;
let api: Awaited<ReturnType<typeof testApi>>;

beforeAll(async () => {
  db = testDb();
  await seedPlan(db, SEED_PLANS[0]!);
  await seedPlan(db, FIXTURE_2010);
  api = await testApi(db);
});

afterAll(async () => {
  await db.write("cleanup", (tx) => tx.run("MATCH (c:GoalMatchCorrection) DETACH DELETE c"));
  await api.stop();
  await db.close();
});

describe("comparePlans", () => {
  it("a plan compared with itself is all CONTINUED, with nothing else changed", async () => {
    const { data, errors } = await api.run(COMPARE, { from: "ltk-okf-2009", to: "ltk-okf-2009" });
    expect(errors).toBeUndefined();
    const c = data!.comparePlans;
    expect(new Set(c.goals.map((g) => g.change))).toEqual(new Set(["CONTINUED"]));
    expect(c.goals.every((g) => g.score === 1)).toBe(true);
    expect(
      [
        c.initiatives,
        c.systemsIntroduced,
        c.systemsRetired,
        c.dependenciesAdded,
        c.dependenciesRemoved,
        c.milestonesMoved,
      ].every((l) => l.length === 0),
    ).toBe(true);
  });

  it("finds every planted change from 2009 to 2010, and only those", async () => {
    const { data, errors } = await api.run(COMPARE, { from: "ltk-okf-2009", to: "ltk-okf-2010" });
    expect(errors).toBeUndefined();
    const c = data!.comparePlans;
    const changed = c.goals
      .filter((g) => g.change !== "CONTINUED")
      .map((g) => [g.change, g.from?.id ?? null, g.to?.id ?? null]);
    expect(changed).toEqual([
      ["RENAMED", "ltk-okf-2009:it-afdelingen:e", "ltk-okf-2010:it-afdelingen:e"],
      ["MOVED", "ltk-okf-2009:borgmestersekretariatet:h", "ltk-okf-2010:oekonomiafdelingen:h"],
    ]);
    expect(c.systemsRetired.map((s) => s.name).sort()).toEqual(["ØS", "ØS 2000 Light"]);
    expect(c.systemsIntroduced).toEqual([]);
    expect(c.dependenciesAdded[0]).toMatchObject({
      type: "DEPENDS_ON",
      crossDepartment: true,
      from: { id: "ltk-okf-2010:it-afdelingen:d" },
      to: { id: "ltk-okf-2010:oekonomiafdelingen:a" },
    });
    expect(c.dependenciesAdded).toHaveLength(1);
    expect(c.dependenciesRemoved).toEqual([]);
    expect(c.milestonesMoved).toEqual([
      {
        from: { id: "ltk-okf-2009:milestone:ny-infrastruktur", date: "2009-07-01" },
        to: { id: "ltk-okf-2010:milestone:ny-infrastruktur", date: "2010-10-01" },
      },
    ]);
    // The new sentence of goal D is read as an initiative of its own: one added, none removed.
    expect(c.initiatives).toEqual([
      { goal: { id: "ltk-okf-2010:it-afdelingen:d" }, added: [expect.stringContaining("afventer")], removed: [] },
    ]);
  });

  it("stores a planner's correction of a match, and needs the planner role", async () => {
    const mutation = operation<{ correctGoalMatch: { goals: GoalChange[] } }, { fromGoal: string; toGoal?: string }>(
      `mutation ($fromGoal: ID, $toGoal: ID) { correctGoalMatch(from: "ltk-okf-2009", to: "ltk-okf-2010", fromGoal: $fromGoal, toGoal: $toGoal) { goals { change corrected from { id } to { id } } } }`,
    );
    const denied = await api.run(mutation, { fromGoal: "ltk-okf-2009:it-afdelingen:e" }, READER);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const { data, errors } = await api.run(mutation, { fromGoal: "ltk-okf-2009:it-afdelingen:e" }, PLANNER);
    expect(errors).toBeUndefined();
    const goals = data!.correctGoalMatch.goals;
    expect(goals.find((g) => g.from?.id === "ltk-okf-2009:it-afdelingen:e")).toMatchObject({
      change: "DROPPED",
      corrected: true,
      to: null,
    });
    expect(goals.find((g) => g.to?.id === "ltk-okf-2010:it-afdelingen:e")).toMatchObject({ change: "NEW", from: null });
    const again = await api.run(COMPARE, { from: "ltk-okf-2009", to: "ltk-okf-2010" });
    expect(again.data!.comparePlans.goals.find((g) => g.from?.id === "ltk-okf-2009:it-afdelingen:e")?.change).toBe(
      "DROPPED",
    );
    const restored = await api.run(
      mutation,
      { fromGoal: "ltk-okf-2009:it-afdelingen:e", toGoal: "ltk-okf-2010:it-afdelingen:e" },
      PLANNER,
    );
    expect(
      restored.data!.correctGoalMatch.goals.find((g) => g.from?.id === "ltk-okf-2009:it-afdelingen:e"),
    ).toMatchObject({ change: "RENAMED", corrected: true });
  });

  it("answers NOT_FOUND for an unknown plan", async () => {
    const { errors } = await api.run(COMPARE, { from: "ltk-okf-2009", to: "no-such-plan" });
    expect(errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
