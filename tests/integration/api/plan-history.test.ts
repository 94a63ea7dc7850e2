/**
 * What the completed 2009 facts answer: the thread from 2008 status lines to the 2009 goals
 * that carry them on, internal units in their departments, dated statements with their
 * timing (past ones as history), and what-if moving the dates that follow a slipped one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDb } from "../../../graph/driver.js";
import { testApi } from "../../helpers/api.js";
import { testDb } from "../../helpers/graph.js";
import { loadSeedPlan, SEED_PLAN_ID } from "../../helpers/seed.js";
import { data, type Harness } from "./harness.js";

const h = {} as Harness;
const P = SEED_PLAN_ID;

beforeAll(async () => {
  h.db = testDb() as GraphDb;
  h.api = await testApi(h.db);
  await loadSeedPlan(h.db);
});

afterAll(async () => {
  await h.api.stop();
  await h.db.close();
});

describe("the 2009 plan's history and dates", () => {
  it("threads a 2008 status line to the 2009 goal that carries it on, from both ends", async () => {
    const goal = (
      await data<{ node: { history: { id: string; outcome: string }[] } }>(
        h,
        `query($id: ID!) { node(id: $id) { ... on Goal { history { id outcome } } } }`,
        {
          id: `${P}:borgmestersekretariatet:g`,
        },
      )
    ).node;
    const status = `${P}:borgmestersekretariatet:status-2008:3`;
    expect(goal.history.map((s: { id: string }) => s.id)).toContain(status);
    const item = (
      await data<{ node: { continuedBy: { id: string }[] } }>(
        h,
        `query($id: ID!) { node(id: $id) { ... on StatusItem { continuedBy { id } } } }`,
        { id: status },
      )
    ).node;
    expect(item.continuedBy.map((n: { id: string }) => n.id)).toContain(`${P}:borgmestersekretariatet:g`);
  });

  it("reads every 2008 outcome from the text (none unknown), continuing ones as CONTINUES", async () => {
    const { departments } = await data<{ departments: { statusItems: { outcome: string; outcomeText: string }[] }[] }>(
      h,
      `query($p: ID) { departments(planId: $p) { statusItems { outcome outcomeText } } }`,
      { p: P },
    );
    const outcomes = departments.flatMap((d: { statusItems: { outcome: string }[] }) =>
      d.statusItems.map((s) => s.outcome),
    );
    expect(outcomes.length).toBeGreaterThan(50);
    expect(outcomes).not.toContain("UNKNOWN");
    expect(outcomes).toContain("CONTINUES");
  });

  it("places internal units in their department, so a link to another department's unit is cross-department", async () => {
    const { organisations } = await data<{
      organisations: { id: string; name: string; unitOf: { id: string } | null; department: { id: string } | null }[];
    }>(h, `query($p: ID) { organisations(planId: $p) { id name unitOf { id } department { id } } }`, { p: P });
    const intern = organisations.find((o: { name: string }) => o.name === "Intern Service");
    expect(intern).toMatchObject({
      unitOf: { id: `${P}:personaleafdelingen` },
      department: { id: `${P}:personaleafdelingen` },
    });
    expect(organisations.find((o: { name: string }) => o.name === "KMD")).toMatchObject({
      unitOf: null,
      department: null,
    });
  });

  it("gives every milestone a timing, marks the ones before 2009 as history", async () => {
    const { timeline } = await data<{
      timeline: { id: string; date: string; endDate: string | null; timing: string; past: boolean }[];
    }>(h, `query($p: ID) { timeline(planId: $p) { id date endDate timing past } }`, {
      p: P,
    });
    expect(
      timeline.every((m: { timing: string }) =>
        ["DEADLINE", "START", "POINT", "PERIOD", "RECURRING"].includes(m.timing),
      ),
    ).toBe(true);
    for (const m of timeline) expect(m.past, m.id).toBe((m.endDate ?? m.date) < "2009-01-01");
    expect(timeline.filter((m: { past: boolean }) => m.past).length).toBeGreaterThan(0);
  });

  it("what-if: when the infrastructure deadline slips, the start that follows it moves by as many days", async () => {
    const { whatIf } = await data<{
      whatIf: {
        newDate: string;
        moved: { milestone: { id: string; timing: string }; newDate: string }[];
        goals: { id: string }[];
      };
    }>(
      h,
      `query($m: ID!) { whatIf(milestone: $m, slipDays: 30) { newDate moved { milestone { id timing } newDate } goals { id } } }`,
      { m: `${P}:milestone:ny-infrastruktur` },
    );
    expect(whatIf.newDate).toBe("2009-07-31");
    expect(whatIf.moved).toContainEqual({
      milestone: { id: `${P}:milestone:virtualisering-paabegyndes`, timing: "START" },
      newDate: "2009-07-31",
    });
    expect(whatIf.goals.map((g: { id: string }) => g.id)).toContain(`${P}:it-afdelingen:c`);
  });
});
