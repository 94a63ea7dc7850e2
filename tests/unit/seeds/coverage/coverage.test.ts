/**
 * The coverage check on a small plan whose facts cover everything: taking a fact away
 * makes exactly its passage a finding, and an ignore entry or the fact covers it again.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkCoverage, type CoverageReport } from "../../../../seeds/coverage/coverage.js";
import { loadFacts } from "../../../../seeds/facts/load-facts.js";
import type { Facts, FactIgnore } from "../../../../seeds/facts/schema.js";
import { parsePlanDocument } from "../../../../seeds/parser/parse-plan.js";

const dir = path.resolve("tests/unit/seeds/coverage/fixtures");
const planText = readFileSync(path.join(dir, "mini-plan.md"), "utf8");
const factsText = readFileSync(path.join(dir, "mini-plan.facts.yaml"), "utf8");
const loaded = loadFacts(factsText, "mini-plan.facts.yaml");
if (!loaded.ok) throw new Error(`fixture facts are invalid: ${loaded.issues[0]?.message}`);
const { facts: fullFacts, source } = loaded;
const plan = parsePlanDocument(planText, { planId: fullFacts.plan.id, file: "mini-plan.md" });

const GOAL_A = "Biblioteksafdelingen > 3. Hovedmål, strategier samt indsatsområder for 2010 > A. Nyt udlånssystem";

function check(change: (facts: Facts) => Partial<Facts> = () => ({}), options = {}): CoverageReport {
  const facts = { ...fullFacts, ...change(fullFacts) };
  return checkCoverage({
    plan,
    planText,
    planFile: "mini-plan.md",
    facts,
    factsFile: "mini-plan.facts.yaml",
    factsLineOf: source.lineOf,
    options,
  });
}

const ignore = (text: string, section?: string): FactIgnore => ({
  text,
  reason: "test",
  ...(section ? { section } : {}),
});
const summary = (r: CoverageReport) => r.findings.map((f) => `${f.file}:${f.line} ${f.kind} ${f.text}`);

describe("checkCoverage on the fixture plan", () => {
  it("finds nothing when the facts cover everything", () => {
    expect(check().findings).toEqual([]);
  });

  it("catches an uncovered name, once per section, in any inflected form", () => {
    const report = check((f) => ({ organisations: [], edges: f.edges.filter((e) => e.to !== "org:egeby-musikskole") }));
    const names = report.findings.filter((f) => f.kind === "name");
    expect(names.map((f) => [f.line, f.text, f.section])).toEqual([
      [35, "Egeby Musikskole", `${GOAL_A} > Strategi`],
      [40, "Egeby Musikskoles", `${GOAL_A} > Indsatsområder`],
    ]);
    expect(names[0]?.hint).toMatch(/organisation/);
  });

  it("lets an ignore entry cover a name everywhere, or only under a section prefix", () => {
    const withoutOrg = (f: Facts) => ({
      organisations: [],
      edges: f.edges.filter((e) => e.to !== "org:egeby-musikskole"),
    });
    const everywhere = check((f) => ({ ...withoutOrg(f), ignore: [...f.ignore, ignore("Egeby Musikskole")] }));
    expect(everywhere.findings.filter((f) => f.kind === "name")).toEqual([]);
    const strategyOnly = check((f) => ({
      ...withoutOrg(f),
      ignore: [...f.ignore, ignore("egeby musikskole", `${GOAL_A} > Strat`)],
    }));
    expect(strategyOnly.findings.filter((f) => f.kind === "name").map((f) => f.line)).toEqual([40]);
    const lineOnly = check((f) => ({ ...withoutOrg(f), ignore: [...f.ignore, ignore("Egeby Musikskole", "40")] }));
    expect(lineOnly.findings.filter((f) => f.kind === "name").map((f) => f.line)).toEqual([35]);
  });

  it("catches an uncovered system term, and an alias covers it", () => {
    const report = check((f) => ({
      systems: f.systems.map((s) => ({ ...s, name: "Bibliotekssystemet", aliases: [] })),
    }));
    expect(summary(report)).toEqual([
      "mini-plan.md:27 system BiblioNet",
      "mini-plan.md:31 system udlånssystem",
      "mini-plan.md:33 system BiblioNet",
      "mini-plan.md:39 system BiblioNet",
    ]);
  });

  it("covers a name that stands inside a milestone's dateText (the milestone names the event), and only there", () => {
    const withoutSystem = (f: Facts) => ({
      systems: [],
      edges: f.edges.filter((e) => !e.to.startsWith("system:") && !e.from.startsWith("system:")),
    });
    const bare = check(withoutSystem);
    expect(bare.findings.filter((f) => f.kind === "system").map((f) => f.line)).toEqual([27, 31, 33, 39]);
    const named = check((f) => ({
      ...withoutSystem(f),
      milestones: f.milestones.map((m) => ({ ...m, dateText: "BiblioNet sættes i drift inden 1. oktober 2010" })),
    }));
    expect(named.findings.filter((f) => f.kind === "system").map((f) => f.line)).toEqual([27, 31, 33]);
  });

  it("catches an uncovered date with what it names, and a milestone or an ignore entry covers it", () => {
    const report = check((f) => ({ milestones: [], edges: f.edges.filter((e) => e.type !== "HAS_MILESTONE") }));
    expect(report.findings).toEqual([
      expect.objectContaining({
        line: 39,
        kind: "date",
        text: "inden 1. oktober 2010",
        section: `${GOAL_A} > Indsatsområder`,
        date: { start: "2010-10-01", end: "2010-10-01", precision: "DAY", kind: "deadline", inferredYear: false },
      }),
    ]);
    expect(report.findings[0]?.hint).toContain('dateText "inden 1. oktober 2010", date 2010-10-01, precision DAY');
    const ignored = check((f) => ({
      milestones: [],
      edges: f.edges.filter((e) => e.type !== "HAS_MILESTONE"),
      ignore: [...f.ignore, ignore("1. oktober 2010")],
    }));
    expect(ignored.findings).toEqual([]);
  });

  it("covers a date that a milestone's dateText writes in the same words elsewhere", () => {
    const report = check((f) => ({ milestones: f.milestones.map((m) => ({ ...m, dateText: "1. oktober 2010" })) }));
    expect(report.findings).toEqual([]);
  });

  it("leaves out the plain year of the section unless asked (and never dates in structural headings)", () => {
    expect(check().findings).toEqual([]);
    const all = check(() => ({}), { allYears: true });
    expect(summary(all)).toEqual(["mini-plan.md:27 date i 2009", "mini-plan.md:33 date i 2010"]);
  });

  it("catches an uncovered cue phrase, and an edge quoting it or an ignore entry quoting its passage covers it", () => {
    const withoutEdge = (f: Facts) => ({ edges: f.edges.filter((e) => e.type !== "INVOLVES") });
    const report = check(withoutEdge);
    expect(report.findings).toEqual([
      expect.objectContaining({
        line: 35,
        kind: "cue",
        text: "i samarbejde med",
        context: "Arbejdet sker i samarbejde med Egeby Musikskole, som også låner noder ud.",
      }),
    ]);
    expect(report.findings[0]?.hint).toMatch(/^INVOLVES edge with evidence "Arbejdet sker/);
    const quoted = check((f) => ({ ...withoutEdge(f), ignore: [...f.ignore, ignore("sker i samarbejde med Egeby")] }));
    expect(quoted.findings).toEqual([]);
    const otherPassage = check((f) => ({
      ...withoutEdge(f),
      ignore: [...f.ignore, ignore("i samarbejde med andre kommuner")],
    }));
    expect(otherPassage.findings.map((x) => x.kind)).toEqual(["cue", "stale ignore"]);
  });

  it("reports ignore entries that cover nothing, or only what facts cover, at their line", () => {
    const text = `${factsText}  - { text: Ukendt Forening, reason: test }\n  - { text: BiblioNet, reason: test }\n`;
    const more = loadFacts(text, "mini-plan.facts.yaml");
    if (!more.ok) throw new Error(more.issues[0]?.message);
    const report = checkCoverage({
      plan,
      planText,
      planFile: "mini-plan.md",
      facts: more.facts,
      factsFile: "mini-plan.facts.yaml",
      factsLineOf: more.source.lineOf,
    });
    const last = factsText.split("\n").length;
    expect(report.findings.map((f) => [f.file, f.line, f.kind, f.text, f.hint.split(";")[0]])).toEqual([
      ["mini-plan.facts.yaml", last, "stale ignore", "Ukendt Forening", "matches no finding"],
      ["mini-plan.facts.yaml", last + 1, "stale ignore", "BiblioNet", "matches only what facts already cover"],
    ]);
    expect(report.counts).toEqual({ name: 0, system: 0, date: 0, cue: 0, "stale ignore": 2 });
  });

  it("turns a mistyped ignore entry into a finding and a stale entry", () => {
    const report = check((f) => ({ ignore: f.ignore.map((i) => ({ ...i, text: "Kulturudvalgets formand" })) }));
    expect(report.findings.map((f) => [f.kind, f.text, f.line])).toEqual([
      ["name", "Kulturudvalget", 11],
      ["stale ignore", "Kulturudvalgets formand", source.lineOf(["ignore", 0])],
    ]);
  });
});
