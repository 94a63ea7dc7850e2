/** A second plan (another municipality, year and set of heading quirks) read by the same code. */
import path from "node:path";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildPlanGraph, evidenceIsInPlan } from "../../../seeds/build-plan-graph.js";
import { parsePlanDocument } from "../../../seeds/parser/parse-plan.js";

const planFile = path.resolve("seeds/fixtures/solbjerg-tmf-2012.md");
const planText = readFileSync(planFile, "utf8");
const plan = parsePlanDocument(planText, { planId: "sbk-tmf-2012", file: planFile });

describe("the Solbjerg 2012 fixture plan", () => {
  it("parses title, year, themes and departments", () => {
    expect(plan).toMatchObject({ administration: "Teknik- og Miljøforvaltningen", year: 2012 });
    expect(plan.themes.map((t) => `${t.year}/${t.ordinal} ${t.name}`)).toEqual([
      "2011/1 Klimatilpasning",
      "2011/2 Digital forvaltning",
      "2012/1 Data om veje og ledninger",
      "2012/2 Selvbetjening for borgere og virksomheder",
    ]);
    expect(plan.departments.map((d) => [d.name, d.staff, d.salaryBudget])).toEqual([
      ["Vejafdelingen", 32, "ca. 14,2 mio. kr."],
      ["Digitaliseringsenheden", 7, null],
    ]);
  });

  it("reads goals from the body, whatever the heading style, and not from the contents", () => {
    const [veje, digi] = plan.departments;
    expect(veje?.goals.map((g) => `${g.letter} ${g.title}`)).toEqual(["A Ny vejdatabase", "B Trafiksikkerhed"]);
    expect(veje?.goals[1]?.mainGoal).toBe("Færre trafikulykker på kommunens veje.");
    expect(veje?.goals[0]?.initiatives.map((i) => i.text)[1]).toBe(
      "Medarbejderne uddannes i løn- og personaleregistrering samt i brugen af Vejman.",
    );
    expect(veje?.goals[1]?.initiatives).toHaveLength(3);
    expect(veje?.mainTasks).toContain("Vejbelysning og signalanlæg");
    expect(digi?.goals.map((g) => g.letter)).toEqual(["A"]);
  });

  it("reads the status of 2011, including a lettered status group and a 'Mål 2011' heading", () => {
    expect(plan.departments.flatMap((d) => d.statusItems.map((s) => [s.year, s.outcome]))).toEqual([
      [2011, "DONE"],
      [2011, "POSTPONED"],
      [2011, "PARTLY_DONE"],
      [2011, "DONE"],
    ]);
  });

  it("builds a graph with its facts, including the cross-department dependency", () => {
    const graph = buildPlanGraph({ planFile, factsFile: path.resolve("seeds/fixtures/solbjerg-tmf-2012.facts.yaml") });
    const dep = graph.edges.find((e) => e.type === "DEPENDS_ON");
    expect(dep).toMatchObject({
      from: "sbk-tmf-2012:vejafdelingen:a",
      to: "sbk-tmf-2012:digitaliseringsenheden:a",
      origin: "curated",
    });
    expect(graph.edges.some((e) => e.origin === "detected" && e.to === "sbk-tmf-2012:system:geoplan")).toBe(true);
    expect(graph.edges.filter((e) => e.evidence !== "" && !evidenceIsInPlan(planText, e.evidence))).toEqual([]);
  });

  it("ties the road data to GeoPlan's date and carries the 2011 tender on into goal A", () => {
    const graph = buildPlanGraph({ planFile, factsFile: path.resolve("seeds/fixtures/solbjerg-tmf-2012.facts.yaml") });
    const find = (from: string, type: string, to: string) =>
      graph.edges.find((e) => e.from === `sbk-tmf-2012:${from}` && e.type === type && e.to === `sbk-tmf-2012:${to}`);
    expect(find("vejafdelingen:a:1", "HAS_MILESTONE", "milestone:geoplan-i-drift")?.evidence).toBe(
      "Data fra de gamle vejkort overføres til Vejman, når GeoPlan er i drift.",
    );
    expect(find("digitaliseringsenheden:status-2011:1", "CONTINUES_AS", "digitaliseringsenheden:a")).toBeDefined();
    expect(find("digitaliseringsenheden", "RESPONSIBLE_FOR", "system:gis")?.evidence).toBe(
      "Digitaliseringsenheden driver forvaltningens fagsystemer og GIS.",
    );
  });
});
