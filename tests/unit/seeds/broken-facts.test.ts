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
  "edges:", //                                                  9
  "  - from: goal:vejafdelingen/A", //                          10
  "    type: DEPENDS_ON", //                                    11
  "    to: goal:digitaliseringsenheden/A", //                   12
  '    evidence: "Vejdatabasen bygges oven på den nye GIS-platform GeoPlan, når den er i drift."', // 13
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
    ["unknown reference", withLines({ 12: "    to: goal:digitaliseringsenheden/Z" }), 12, "edges[0].to", /unknown reference "goal:digitaliseringsenheden\/Z"/],
    ["evidence not in the plan", withLines({ 13: '    evidence: "Vejdatabasen bygges på månen."' }), 13, "edges[0].evidence", /not found in the plan text: "Vejdatabasen bygges på månen\."/],
    ["malformed YAML", withLines({ 11: "    type: DEPENDS_ON: [x" }), 11, "(yaml)", /./],
    ["duplicate id", withLines({ 8: [BASE[7] ?? "", "  - id: geoplan", "    name: GeoPlan to", "    category: system"] }), 9, "systems[1].id", /duplicate id "geoplan"/],
    ["self-edge", withLines({ 12: "    to: goal:vejafdelingen/A" }), 12, "edges[0].to", /self-edge/],
    ["schema: bad enum", withLines({ 8: "    category: database" }), 8, "systems[0].category", /./],
    ["schema: misspelt key", withLines({ 13: '    evidance: "x"' }), 13, "edges[0].evidance", /unrecognized key/i],
    ["schema: missing evidence", withLines({ 13: null }), 10, "edges[0].evidence", /needs evidence/],
    ["endpoint kinds", withLines({ 11: "    type: USES" }), 12, "edges[0].to", /USES cannot end at a Goal/],
    ["plan file name", withLines({ 3: "  file: other.md" }), 3, "plan.file", /plan file is "solbjerg-tmf-2012.md"/],
  ])("%s -> file:line and field", (_name, text, line, field, message) => {
    const issues = issuesOf(text);
    expect(issues).toContainEqual(expect.objectContaining({ file: shownFile, line, field, message: expect.stringMatching(message) }));
  });

  it("reports a duplicate edge at the second occurrence", () => {
    const repeat = BASE.slice(9);
    const issues = issuesOf(withLines({}, repeat));
    expect(issues).toEqual([expect.objectContaining({ line: 14, field: "edges[1]", message: expect.stringMatching(/duplicate edge .* \(first at edges\[0\]\)/) })]);
  });

  it("lists all problems at once in a readable message", () => {
    const text = withLines({ 8: "    category: database", 12: "    to: goal:nowhere/A" });
    let message = "";
    try {
      buildPlanGraphFromText({ planFile, factsFile, planText, factsText: text });
    } catch (error) {
      message = error instanceof Error ? error.message : "";
    }
    // Schema problems stop before references are checked, so this is the schema issue.
    expect(message).toContain(`${shownFile}:8 systems[0].category:`);
    const semantic = issuesOf(withLines({ 12: "    to: goal:nowhere/A", 13: '    evidence: "nowhere"' }));
    expect(semantic.map((i) => `${i.line} ${i.field}`)).toEqual(["12 edges[0].to", "13 edges[0].evidence"]);
  });
});
