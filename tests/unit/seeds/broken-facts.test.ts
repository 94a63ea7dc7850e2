/** Broken facts files: every problem is reported at once, at file:line and field. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildPlanGraphFromText, PlanValidationError } from "../../../seeds/build-plan-graph.js";
import type { ValidationIssue } from "../../../seeds/facts/errors.js";

const planFile = path.resolve("seeds/fixtures/solbjerg-tmf-2012.md");
const factsFile = path.resolve("seeds/fixtures/broken.facts.yaml");
const shownFile = "seeds/fixtures/broken.facts.yaml";
const planText = readFileSync(planFile, "utf8");

// Line numbers below refer to this text (1-based).
const BASE = [
  "plan:", //                                                   1
  "  id: sbk-tmf-2012", //                                      2
  "  file: solbjerg-tmf-2012.md", //                            3
  "  municipality: Solbjerg Kommune", //                        4
  "systems:", //                                                5
  "  - id: geoplan", //                                         6
  "    name: GeoPlan", //                                       7
  "    category: platform", //                                  8
  "    owner: none", //                                         9
  "edges:", //                                                  10
  "  - from: goal:vejafdelingen/A", //                          11
  "    type: DEPENDS_ON", //                                    12
  "    to: goal:digitaliseringsenheden/A", //                   13
  '    evidence: "Vejdatabasen bygges oven på den nye GIS-platform GeoPlan, når den er i drift."', // 14
];

/** BASE with lines replaced (a string), expanded (several strings) or removed (null). */
function withLines(changes: Record<number, string | string[] | null>, extra: string[] = []): string {
  const lines = BASE.flatMap((line, i) => {
    const change = changes[i + 1];
    return change === undefined ? [line] : change === null ? [] : typeof change === "string" ? [change] : change;
  });
  return [...lines, ...extra].join("\n");
}

function issuesOf(factsText: string): ValidationIssue[] {
  try {
    buildPlanGraphFromText({ planFile, factsFile, planText, factsText });
  } catch (error) {
    if (error instanceof PlanValidationError) return error.issues;
    throw error;
  }
  return [];
}

describe("facts validation", () => {
  it("accepts the base facts", () => {
    expect(issuesOf(withLines({}))).toEqual([]);
  });

  it.each([
    [
      "unknown reference",
      withLines({ 13: "    to: goal:digitaliseringsenheden/Z" }),
      13,
      "edges[0].to",
      /unknown reference "goal:digitaliseringsenheden\/Z"/,
    ],
    [
      "evidence not in the plan",
      withLines({ 14: '    evidence: "Vejdatabasen bygges på månen."' }),
      14,
      "edges[0].evidence",
      /not found in the plan text: "Vejdatabasen bygges på månen\."/,
    ],
    ["malformed YAML", withLines({ 12: "    type: DEPENDS_ON: [x" }), 12, "(yaml)", /./],
    [
      "duplicate id",
      withLines({
        9: [BASE[8] ?? "", "  - id: geoplan", "    name: GeoPlan to", "    category: system", "    owner: none"],
      }),
      10,
      "systems[1].id",
      /duplicate id "geoplan"/,
    ],
    ["self-edge", withLines({ 13: "    to: goal:vejafdelingen/A" }), 13, "edges[0].to", /self-edge/],
    ["schema: bad enum", withLines({ 8: "    category: database" }), 8, "systems[0].category", /./],
    ["schema: misspelt key", withLines({ 14: '    evidance: "x"' }), 14, "edges[0].evidance", /unrecognized key/i],
    ["schema: missing evidence", withLines({ 14: null }), 11, "edges[0].evidence", /needs evidence/],
    ["endpoint kinds", withLines({ 12: "    type: USES" }), 13, "edges[0].to", /USES cannot end at a Goal/],
    [
      "inferred edge without evidence",
      withLines({ 14: ["    inferred: true", "    reason: Vejdatabasen bruger GIS."] }),
      11,
      "edges[0].evidence",
      /needs evidence/,
    ],
    [
      "endpoint pair the table forbids",
      withLines({ 11: "  - from: org:nowhere", 12: "    type: ADVANCES" }, []),
      11,
      "edges[0].from",
      /unknown reference|cannot start/,
    ],
    [
      "forbidden endpoint kind",
      withLines({ 12: "    type: COORDINATES_WITH", 13: "    to: plan" }),
      13,
      "edges[0].to",
      /COORDINATES_WITH cannot end at a Plan/,
    ],
    ["system without an owner decision", withLines({ 9: null }), 6, "systems[0].owner", /department reference|"none"/],
    [
      "owner without evidence",
      withLines({ 9: "    owner: dept:vejafdelingen" }),
      9,
      "systems[0].owner",
      /needs ownerEvidence/,
    ],
    [
      "owner that is no department",
      withLines({
        9: [
          "    owner: goal:vejafdelingen/A",
          '    ownerEvidence: "Vejdatabasen bygges oven på den nye GIS-platform GeoPlan"',
        ],
      }),
      9,
      "systems[0].owner",
      /must be a department/,
    ],
    ["plan file name", withLines({ 3: "  file: other.md" }), 3, "plan.file", /plan file is "solbjerg-tmf-2012.md"/],
  ])("%s -> file:line and field", (_name, text, line, field, message) => {
    const issues = issuesOf(text);
    expect(issues).toContainEqual(
      expect.objectContaining({ file: shownFile, line, field, message: expect.stringMatching(message) }),
    );
  });

  it("reports a duplicate edge at the second occurrence", () => {
    const repeat = BASE.slice(10);
    const issues = issuesOf(withLines({}, repeat));
    expect(issues).toEqual([
      expect.objectContaining({
        line: 15,
        field: "edges[1]",
        message: expect.stringMatching(/duplicate edge .* \(first at edges\[0\]\)/),
      }),
    ]);
  });

  it("lists all problems at once in a readable message", () => {
    const text = withLines({ 8: "    category: database", 13: "    to: goal:nowhere/A" });
    let message = "";
    try {
      buildPlanGraphFromText({ planFile, factsFile, planText, factsText: text });
    } catch (error) {
      message = error instanceof Error ? error.message : "";
    }
    // Schema problems stop before references are checked, so this is the schema issue.
    expect(message).toContain(`${shownFile}:8 systems[0].category:`);
    const semantic = issuesOf(withLines({ 13: "    to: goal:nowhere/A", 14: '    evidence: "nowhere"' }));
    expect(semantic.map((i) => `${i.line} ${i.field}`)).toEqual(["13 edges[0].to", "14 edges[0].evidence"]);
  });
});
