/** The small pure helpers: dates, the matrix grid, edge mapping, edge summaries, argument checks. */
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { summarise } from "../../../api/modules/dependency/summary.js";
import { intInRange, ofKind, optionalList, requiredId, searchText } from "../../../api/modules/shared/args.js";
import { addDays } from "../../../graph/repositories/algorithms/dates.js";
import { matrixCells } from "../../../graph/repositories/algorithms/matrix.js";
import { isCrossDepartment, joinEdge, toEdge } from "../../../graph/repositories/records.js";

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof GraphQLError
      ? [error.extensions.code, error.message]
      : ["not a GraphQLError", String(error)];
  }
  return ["no error", ""];
};

describe("dates", () => {
  it.each([
    ["2009-07-01", 30, "2009-07-31"],
    ["2009-12-31", 1, "2010-01-01"],
    ["2008-02-28", 1, "2008-02-29"],
    ["2009-03-29", -29, "2009-02-28"],
    ["2009-11-17", 0, "2009-11-17"],
  ])("%s + %i days = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe("matrix cells", () => {
  it("lists every ordered pair of distinct departments of the same plan, zeros included", () => {
    const departments = [
      { id: "a", planId: "p" },
      { id: "b", planId: "p" },
      { id: "c", planId: "q" },
    ];
    const node = (id: string, dept: string, kind = "Goal") => ({
      id,
      kind,
      planId: "p",
      name: id,
      source: "",
      owningDepartmentId: dept,
    });
    const edge = (
      from: ReturnType<typeof node>,
      to: ReturnType<typeof node>,
      type: "DEPENDS_ON" | "USES" | "COORDINATES_WITH",
      basis: "STATED" | "VIA_SYSTEM" | "INFERRED",
    ) => ({
      id: `${from.id}|${type}|${to.id}`,
      type,
      evidence: "x",
      section: "",
      inferred: basis === "INFERRED",
      reason: null,
      origin: "curated",
      from,
      to,
      crossDepartment: true,
      basis,
      viaSystem: null,
    });
    const edges = [
      edge(node("b1", "b"), node("a1", "a"), "DEPENDS_ON", "STATED"),
      edge(node("b2", "b"), node("s", "a", "System"), "USES", "VIA_SYSTEM"),
      edge(node("b3", "b"), node("a2", "a"), "DEPENDS_ON", "INFERRED"),
      edge(node("a3", "a"), node("b4", "b"), "COORDINATES_WITH", "STATED"),
    ];
    expect(matrixCells(departments, edges, new Set(["STATED", "VIA_SYSTEM"] as const))).toEqual([
      { from: "a", to: "b", count: 1, stated: 1, viaSystem: 0, inferred: 0 },
      { from: "b", to: "a", count: 3, stated: 2, viaSystem: 1, inferred: 1 },
    ]);
    expect(matrixCells(departments, edges, new Set(["INFERRED"] as const)).map((c) => c.count)).toEqual([0, 1]);
  });
});

describe("edges", () => {
  const node = (id: string, owningDepartmentId: string | null, owningDepartmentName: string | null = null) => ({
    id,
    kind: "Goal",
    planId: "p",
    name: id,
    source: "",
    owningDepartmentId,
    owningDepartmentName,
  });

  it("are cross-department only when both ends have different owning departments", () => {
    expect(isCrossDepartment("it", "oko")).toBe(true);
    expect(isCrossDepartment("it", "it")).toBe(false);
    expect(isCrossDepartment("it", null)).toBe(false);
    expect(isCrossDepartment(undefined, undefined)).toBe(false);
  });

  it("turn a stored empty reason into null", () => {
    const edge = toEdge({
      id: "x",
      type: "USES",
      evidence: "",
      section: "",
      inferred: true,
      reason: "",
      origin: "detected",
      from: node("a", "it"),
      to: node("b", null),
    });
    expect(edge).toMatchObject({ reason: null, crossDepartment: false });
  });

  it("joined from ids to nodes returned once are the records toEdge makes from full rows", () => {
    const [a, b] = [node("a", "it"), node("b", "oko")];
    const fields = {
      id: "a|USES|b",
      type: "USES" as const,
      evidence: "e",
      section: "s",
      inferred: false,
      reason: "",
      origin: "plan",
    };
    const nodes = new Map([a, b].map((n) => [n.id, n]));
    const joined = joinEdge({ ...fields, from: "a", to: "b" }, nodes);
    expect(joined).toStrictEqual(toEdge({ ...fields, from: a, to: b }));
    expect(JSON.stringify(joined)).toBe(JSON.stringify(toEdge({ ...fields, from: a, to: b })));
    expect(joined.crossDepartment).toBe(true);
    expect(() => joinEdge({ ...fields, from: "a", to: "missing" }, nodes)).toThrow(/missing/);
  });

  it("read as a sentence with the plan's words", () => {
    const base = {
      type: "DEPENDS_ON" as const,
      from: node("C. Virtualisering", "it", "IT-afdelingen"),
      to: node("A. Infrastruktur", "it", "IT-afdelingen"),
      inferred: false,
      reason: null,
    };
    expect(summarise({ ...base, evidence: "efter implementering af ny infrastruktur" })).toBe(
      '"C. Virtualisering" (IT-afdelingen) depends on "A. Infrastruktur" (IT-afdelingen): «efter implementering af ny infrastruktur»',
    );
    expect(summarise({ ...base, evidence: "", inferred: true, reason: "same project" })).toBe(
      '"C. Virtualisering" (IT-afdelingen) depends on "A. Infrastruktur" (IT-afdelingen) (inferred: same project)',
    );
  });
});

describe("argument checks", () => {
  it("accept good values and fall back to the default for null", () => {
    expect(intInRange("maxDepth", 3, 1, 10)).toBe(3);
    expect(intInRange("maxDepth", null, 1, 10, 4)).toBe(4);
    expect(requiredId("id", "  a:b ")).toBe("a:b");
    expect(searchText("  ny \n infrastruktur ")).toBe("ny infrastruktur");
    expect(optionalList("kinds", ["A", "A", "B"])).toEqual(["A", "B"]);
    expect(optionalList("kinds", undefined)).toBeNull();
  });

  it.each([
    ["a fraction", () => intInRange("limit", 1.5, 1, 10), "BAD_USER_INPUT"],
    ["below the range", () => intInRange("limit", 0, 1, 10), "BAD_USER_INPUT"],
    ["an empty id", () => requiredId("id", ""), "BAD_USER_INPUT"],
    ["an overlong id", () => requiredId("id", "x".repeat(301)), "BAD_USER_INPUT"],
    ["blank text", () => searchText(" \t"), "BAD_USER_INPUT"],
    ["an empty list", () => optionalList("kinds", []), "BAD_USER_INPUT"],
    ["nothing at the id", () => ofKind({ record: null, kind: null }, "System", "x", "id"), "NOT_FOUND"],
    ["another kind at the id", () => ofKind({ record: null, kind: "Goal" }, "System", "x", "id"), "BAD_USER_INPUT"],
  ])("reject %s", (_label, fn, expected) => {
    expect(code(fn)[0]).toBe(expected);
  });
});
