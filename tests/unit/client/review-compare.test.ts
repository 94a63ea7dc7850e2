import { describe, expect, it } from "vitest";
import { daysBetween } from "../../../client/src/features/compare/lib/days-between";
import { defaultFrom } from "../../../client/src/features/compare/lib/default-from";
import { changeCounts, groupGoalChanges } from "../../../client/src/features/compare/lib/goal-changes";
import { groupSuggestions } from "../../../client/src/features/review/lib/group-suggestions";
import { highlightParts, suggestionTerms } from "../../../client/src/features/review/lib/highlight";
import { threadSummary } from "../../../client/src/features/timeline/lib/thread-summary";

describe("review queue", () => {
  it("marks every occurrence of a term in the quote, case-insensitively, longest first", () => {
    expect(highlightParts("GeoPlan kobles til geoplan-data.", ["GeoPlan"])).toEqual([
      { text: "GeoPlan", mark: true },
      { text: " kobles til ", mark: false },
      { text: "geoplan", mark: true },
      { text: "-data.", mark: false },
    ]);
    expect(
      highlightParts("OPUS Økonomi og OPUS", ["OPUS", "OPUS Økonomi"])
        .filter((p) => p.mark)
        .map((p) => p.text),
    ).toEqual(["OPUS Økonomi", "OPUS"]);
    expect(highlightParts("Intet her.", ["GIS"])).toEqual([{ text: "Intet her.", mark: false }]);
  });

  it("marks a link's ends (a goal by its title), a fact by its label", () => {
    expect(suggestionTerms({ label: "Kortdata A/S" })).toEqual(["Kortdata A/S"]);
    expect(
      suggestionTerms({ label: "A → B", fromLabel: "Vejafdelingen A. Ny vejdatabase", toLabel: "GeoPlan" }),
    ).toEqual(["Vejafdelingen A. Ny vejdatabase", "Ny vejdatabase", "GeoPlan"]);
  });

  it("groups by kind in review order, rules by size, most confident first", () => {
    const s = (kind: "SYSTEM" | "MILESTONE", rule: string, confidence: number, label: string, status = "OPEN") => ({
      kind,
      rule,
      confidence,
      label,
      status,
    });
    const groups = groupSuggestions([
      s("MILESTONE", "dated-deadline", 0.8, "x"),
      s("SYSTEM", "catalogue", 0.9, "b"),
      s("SYSTEM", "product-name", 0.7, "c"),
      s("SYSTEM", "product-name", 0.95, "d", "ACCEPTED"),
    ]);
    expect(
      groups.map((g) => [g.kind, g.count, g.rules.map((r) => [r.rule, r.items.map((i) => i.label), r.open])]),
    ).toEqual([
      [
        "SYSTEM",
        3,
        [
          ["product-name", ["d", "c"], 1],
          ["catalogue", ["b"], 1],
        ],
      ],
      ["MILESTONE", 1, [["dated-deadline", ["x"], 1]]],
    ]);
  });
});

describe("Sammenlign", () => {
  const goal = (department: string, letter: string) => ({ title: "t", letter, department: { name: department } });
  it("lists changes renamed, moved, new, dropped, then continued, each by department and letter", () => {
    const changes = [
      { change: "CONTINUED" as const, from: goal("IT", "A"), to: goal("IT", "A") },
      { change: "NEW" as const, from: null, to: goal("Økonomi", "B") },
      { change: "RENAMED" as const, from: goal("IT", "E"), to: goal("IT", "E") },
      { change: "RENAMED" as const, from: goal("Borgmester", "C"), to: goal("Borgmester", "C") },
    ];
    expect(groupGoalChanges(changes).map((g) => [g.change, g.goals.map((c) => c.to!.department.name)])).toEqual([
      ["RENAMED", ["Borgmester", "IT"]],
      ["NEW", ["Økonomi"]],
      ["CONTINUED", ["IT"]],
    ]);
    expect(changeCounts(changes)).toEqual({ CONTINUED: 1, RENAMED: 2, MOVED: 0, NEW: 1, DROPPED: 0 });
  });

  it("compares with the latest earlier plan of the same municipality by default", () => {
    const plans = [
      { id: "sbk-2012", year: 2012, municipality: "Solbjerg" },
      { id: "ltk-2010", year: 2010, municipality: "LTK" },
      { id: "ltk-2009", year: 2009, municipality: "LTK" },
      { id: "sbk-2008", year: 2008, municipality: "Solbjerg" },
    ];
    expect(defaultFrom(plans, "ltk-2010")).toBe("ltk-2009");
    expect(defaultFrom(plans, "sbk-2012")).toBe("sbk-2008");
    expect(defaultFrom(plans, "sbk-2008")).toBe("sbk-2012");
    expect(defaultFrom([plans[0]!], "sbk-2012")).toBeNull();
    expect(defaultFrom(plans, null)).toBeNull();
  });

  it("counts the days a milestone moved", () => {
    expect(daysBetween("2009-07-01", "2010-10-01")).toBe(457);
    expect(daysBetween("2009-07-31", "2009-07-01")).toBe(-30);
  });
});

describe("the thread from the year before", () => {
  it("counts lines and those carried on", () => {
    expect(
      threadSummary([
        { year: 2008, continuedBy: [1] },
        { year: 2008, continuedBy: [] },
      ]),
    ).toEqual({ year: 2008, lines: 2, continued: 1 });
  });
});
