/**
 * Both seed plans are fully covered by their facts: every name, system, date and cue the
 * coverage check flags is a fact or an ignore entry with its reason, and no ignore entry
 * is stale. Run in-process through the module's API (seeds/coverage/coverage.ts).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkCoverage } from "../../../seeds/coverage/coverage.js";
import { loadFacts } from "../../../seeds/facts/load-facts.js";
import { parsePlanDocument } from "../../../seeds/parser/parse-plan.js";

function coverage(planFile: string, factsFile: string) {
  const planText = readFileSync(planFile, "utf8");
  const loaded = loadFacts(readFileSync(factsFile, "utf8"), factsFile);
  if (!loaded.ok) throw new Error(`${factsFile} is invalid: ${loaded.issues[0]?.message}`);
  const plan = parsePlanDocument(planText, { planId: loaded.facts.plan.id, file: planFile });
  const report = checkCoverage({
    plan,
    planText,
    planFile,
    facts: loaded.facts,
    factsFile,
    factsLineOf: loaded.source.lineOf,
  });
  return { report, facts: loaded.facts };
}

describe.each([
  ["seeds/virksomhedsplan-2009.md", "seeds/virksomhedsplan-2009.facts.yaml"],
  ["seeds/fixtures/solbjerg-tmf-2012.md", "seeds/fixtures/solbjerg-tmf-2012.facts.yaml"],
])("coverage of %s", (planFile, factsFile) => {
  const { report, facts } = coverage(planFile, factsFile);

  it("leaves nothing uncovered and no ignore entry stale", () => {
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.kind} ${f.text}`)).toEqual([]);
    expect(report.counts).toEqual({ name: 0, system: 0, date: 0, cue: 0, "stale ignore": 0 });
  });

  it("gives every ignore entry a reason", () => {
    expect(facts.ignore.filter((i) => i.reason.trim().length < 10)).toEqual([]);
  });
});
