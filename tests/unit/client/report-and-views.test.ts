import { describe, expect, it } from "vitest";
import { nextMilestones, reportMatrix } from "../../../client/src/features/report/lib/report-model";
import { viewQuery } from "../../../client/src/features/views/lib/view-query";

const cell = (from: string, to: string, stated: number, viaSystem: number) => ({
  from: { id: from },
  to: { id: to },
  stated,
  viaSystem,
  count: stated + viaSystem,
});

describe("reportMatrix", () => {
  it("keeps only departments with a cross-department dependency, rows depending on columns", () => {
    const departments = [
      { id: "a", name: "A" },
      { id: "b", name: "B" },
      { id: "c", name: "C" },
    ];
    const m = reportMatrix(departments, [cell("a", "b", 2, 1), cell("c", "c", 5, 0)]);
    expect(m.departments.map((d) => d.id)).toEqual(["a", "b"]);
    expect(m.rows).toEqual([
      [
        { stated: 0, viaSystem: 0 },
        { stated: 2, viaSystem: 1 },
      ],
      [
        { stated: 0, viaSystem: 0 },
        { stated: 0, viaSystem: 0 },
      ],
    ]);
  });
});

describe("nextMilestones", () => {
  it("leaves out history and what began before the plan year, and orders by when it falls due", () => {
    const ms = [
      { date: "2009-07-01", past: false },
      { date: "2008-01-01", past: true },
      { date: "2009-01-15", past: false },
      { date: "2007-01-01", past: false },
    ];
    expect(nextMilestones(ms, "2009-01-01", 5).map((m) => m.date)).toEqual(["2009-01-15", "2009-07-01"]);
    expect(nextMilestones(ms, "2009-01-01", 1)).toHaveLength(1);
    const period = { date: "2009-01-01", endDate: "2009-12-31", past: false };
    expect(nextMilestones([period, ...ms], "2009-01-01").map((m) => m.date)).toEqual([
      "2009-01-15",
      "2009-07-01",
      "2009-01-01",
    ]);
  });
});

describe("viewQuery", () => {
  it("keeps the query string and writes the plan out when the URL leaves it to the default", () => {
    expect(viewQuery("?view=matrix&inferred=1", "p-2009")).toBe("?view=matrix&inferred=1&plan=p-2009");
    expect(viewQuery("?plan=other&sel=x%3Ay", "p-2009")).toBe("?plan=other&sel=x%3Ay");
    expect(viewQuery("", "p")).toBe("?plan=p");
  });
});
