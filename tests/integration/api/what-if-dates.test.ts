/**
 * What-if that moves dates: a slip moves what follows it (FOLLOWS) but not fixed dates
 * (timing POINT), names the deadlines of the goals hit that the new date overruns, and
 * refuses a slip that is not 1-3650 days. Own fixture plan (dates where 30 and 90 days
 * differ) plus the seed plan's elections.
 */
import { describe, expect, it } from "vitest";
import type { PlanGraph, PlanGraphEdge, PlanGraphNode } from "../../../graph/model.js";
import { fixturePlan } from "../../helpers/fixture-plan.js";
import { loadSeedPlan, SEED_PLAN_ID } from "../../helpers/seed.js";
import { data, useApi } from "./harness.js";
import { operation } from "../../helpers/operation.js";

const P = "whatif-dates-test";
const id = (local: string) => `${P}:${local}`;

function datedPlan(): PlanGraph {
  const base = fixturePlan(P);
  const milestone = (
    local: string,
    name: string,
    date: string,
    timing: "DEADLINE" | "POINT" | "START",
  ): PlanGraphNode => ({
    kind: "Milestone",
    id: id(local),
    planId: P,
    name,
    source: "",
    date,
    endDate: null,
    dateText: date,
    precision: "DAY",
    timing,
    past: false,
  });
  const e = (from: string, type: PlanGraphEdge["type"], to: string): PlanGraphEdge => ({
    from: id(from),
    to: id(to),
    type,
    evidence: `${from} ${type} ${to}`,
    section: "test",
    inferred: false,
    reason: null,
    origin: "curated",
  });
  return {
    planId: P,
    nodes: [
      ...base.nodes,
      milestone("milestone:virt-klar", "Virtualisering klar", "2030-08-15", "DEADLINE"),
      milestone("milestone:oes-klar", "Økonomisystem klar", "2030-09-20", "DEADLINE"),
      milestone("milestone:valg", "Valg", "2030-07-20", "POINT"),
      milestone("milestone:net-start", "Drift af nyt net starter", "2030-07-01", "START"),
    ],
    edges: [
      ...base.edges,
      e("it:b", "HAS_MILESTONE", "milestone:virt-klar"),
      e("oekonomi:a", "HAS_MILESTONE", "milestone:oes-klar"),
      e("milestone:valg", "FOLLOWS", "milestone:net"),
      e("milestone:net-start", "FOLLOWS", "milestone:net"),
    ],
  };
}

const h = useApi(datedPlan);
interface WhatIfAnswer {
  whatIf: {
    newDate: string;
    moved: { milestone: { id: string }; newDate: string }[];
    fixed: { id: string }[];
    missedDeadlines: {
      milestone: { id: string; name: string };
      holders: { id: string }[];
      deadline: string;
      oldDate: string;
      newDate: string;
      daysLate: number;
    }[];
  };
}
const WHAT_IF = operation<
  WhatIfAnswer,
  { m: string; d: number }
>(`query($m: ID!, $d: Int!) { whatIf(milestone: $m, slipDays: $d) {
  newDate moved { milestone { id } newDate } fixed { id }
  missedDeadlines { milestone { id name } holders { id } deadline oldDate newDate daysLate } } }`);

describe("what-if moves dates", () => {
  it("30 and 90 days miss different deadlines, each named with its dates", async () => {
    const short = (await data(h, WHAT_IF, { m: id("milestone:net"), d: 30 })).whatIf;
    const long = (await data(h, WHAT_IF, { m: id("milestone:net"), d: 90 })).whatIf;
    expect(short.newDate).toBe("2030-07-31");
    expect(short.missedDeadlines).toEqual([
      {
        milestone: { id: id("milestone:net"), name: "Nyt net klar" },
        holders: [{ id: id("it:a") }],
        deadline: "2030-07-01",
        oldDate: "2030-07-01",
        newDate: "2030-07-31",
        daysLate: 30,
      },
    ]);
    expect(long.missedDeadlines.map((m) => m.milestone.id)).toEqual([
      id("milestone:net"),
      id("milestone:virt-klar"),
      id("milestone:oes-klar"),
    ]);
    expect(long.missedDeadlines[1]).toEqual({
      milestone: { id: id("milestone:virt-klar"), name: "Virtualisering klar" },
      holders: [{ id: id("it:b") }],
      deadline: "2030-08-15",
      oldDate: "2030-07-01",
      newDate: "2030-09-29",
      daysLate: 45,
    });
  });

  it("a fixed date (POINT) that follows does not move; a START that follows does", async () => {
    const { whatIf } = await data(h, WHAT_IF, { m: id("milestone:net"), d: 30 });
    expect(whatIf.moved).toEqual([{ milestone: { id: id("milestone:net-start") }, newDate: "2030-07-31" }]);
    expect(whatIf.fixed).toEqual([{ id: id("milestone:valg") }]);
  });

  it("the seed plan's elections are fixed dates: a slip never moves them", async () => {
    await loadSeedPlan(h.db);
    const { timeline } = await data<{ timeline: { id: string; timing: string; past: boolean }[] }>(
      h,
      `query($p: ID) { timeline(planId: $p) { id timing past } }`,
      {
        p: SEED_PLAN_ID,
      },
    );
    const elections = [`${SEED_PLAN_ID}:milestone:eu-parlamentsvalg`, `${SEED_PLAN_ID}:milestone:kommunalvalg`];
    for (const e of elections) expect(timeline.find((m) => m.id === e)?.timing).toBe("POINT");
    for (const m of timeline.filter((x) => !x.past)) {
      const { whatIf } = await data(h, WHAT_IF, { m: m.id, d: 90 });
      for (const moved of whatIf.moved) expect(elections).not.toContain(moved.milestone.id);
    }
  });

  it.each([
    ["negative", -400],
    ["zero", 0],
    ["beyond ten years", 3651],
  ])("refuses a slip that is %s", async (_label, days) => {
    const result = await h.api.run(WHAT_IF, { m: id("milestone:net"), d: days });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/slipDays must be a whole number from 1 to 3650/);
  });

  it("refuses a slip that is not a number", async () => {
    // Sent as text: the variables are wrong on purpose.
    const result = await h.api.run(WHAT_IF.source, { m: id("milestone:net"), d: "tre" });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
