/** The small rules under the parser: line joining, evidence matching, outcome words. */
import { describe, expect, it } from "vitest";
import { evidenceIsInPlan } from "../../../seeds/build-plan-graph.js";
import { mentionFinder } from "../../../seeds/facts/mentions.js";
import { classifyHeading } from "../../../seeds/parser/headings.js";
import { classifyOutcome } from "../../../seeds/parser/outcome.js";
import { joinLines, slugify } from "../../../seeds/parser/text.js";

describe("joinLines", () => {
  it.each([
    [["regelmæssige li-  ", "steudtræk fra"], "regelmæssige listeudtræk fra"],
    [["baggrund af dia-", "", "log i chefgruppen"], "baggrund af dialog i chefgruppen"],
    [["løn-", "og personale"], "løn- og personale"],
    [["KMD's IT-", "afdelingen"], "KMD's IT-afdelingen"],
    [["Opus e-", "indkøb"], "Opus e-indkøb"],
    [["**Hovedmål:** At   skabe", "*en* ny"], "Hovedmål: At skabe en ny"],
  ])("%j -> %s", (lines, expected) => {
    expect(joinLines(lines)).toBe(expected);
  });
});

describe("evidenceIsInPlan", () => {
  const plan = "- Effektivitet sikres ved dels regelmæssige li-  \nsteudtræk fra **erhvervs- og\nselskabsstyrelsens** database.\n\n*Er gennemført som planlagt.*";
  it.each([
    ["regelmæssige listeudtræk fra erhvervs- og selskabsstyrelsens database", true],
    ["regelmæssige li- steudtræk fra erhvervs- og selskabsstyrelsens", true],
    ["Effektivitet   sikres\nved dels", true],
    ["database. Er gennemført som planlagt.", true],
    ["regelmæssige listeudtræk fra selskabsstyrelsen", false],
    ["", false],
  ])("%j -> %s", (evidence, expected) => {
    expect(evidenceIsInPlan(plan, evidence)).toBe(expected);
  });
});

describe("classifyOutcome", () => {
  it.each([
    ["Er gennemført som planlagt.", "DONE"],
    ["Servicedesken er implementeret medio 2008.", "DONE"],
    ["Er delvist gennemført som planlagt, men arbejdet blev midlertidigt stoppet i foråret 2008.", "PARTLY_DONE"],
    ["Arbejdet er sat på standby i forbindelse med Focus.IT projektet.", "POSTPONED"],
    ["Temadage for sikkerhedsgrupperne er udskudt til 2009.", "POSTPONED"],
    ["Er ikke gennemført, da ny lønberegner ikke er klar fra KMD's side.", "NOT_DONE"],
    ["projektet må ved udgangen af 2008 betragtes som fejlslagen og skal revurderes.", "FAILED"],
    ["Arbejdet er i gang og forventes færdiggjort inden udgangen af 2008.", "IN_PROGRESS"],
    ["påbegyndt udført i 2007 og afsluttet definitivt ved udgangen af 2008.", "DONE"],
    ["Er gennemført som planlagt, dog er yderligere fokus på sygemeldinger udsat til 2009.", "PARTLY_DONE"],
    ["Pjecen handler om byen.", "UNKNOWN"],
  ])("%s -> %s", (text, outcome) => {
    expect(classifyOutcome(text).outcome).toBe(outcome);
  });
});

describe("classifyHeading", () => {
  it.each([
    ["Borgmestersekretariatets virksomhedsplan 2009", { kind: "plan", owner: "Borgmestersekretariatet", year: 2009 }],
    ["Mål 2008", { kind: "status", year: 2008 }],
    ["2. Status på 2008", { kind: "status", year: 2008 }],
    ["3. Hovedmål og strategier samt indsatsområder for 2009", { kind: "goals", year: 2009 }],
    ["B. Servicedesk (brugerkontakt).", { kind: "lettered", letter: "B", title: "Servicedesk (brugerkontakt)" }],
    ["Hovedformål", { kind: "field", field: "mainGoal" }],
    ["Indsatsområde:", { kind: "field", field: "initiatives" }],
    ["Personalemæssige ressourcer:", { kind: "field", field: "resources" }],
  ])("%s", (text, expected) => {
    expect(classifyHeading(text)).toEqual(expected);
  });
});

describe("mentionFinder", () => {
  const find = mentionFinder([
    { id: "opus", name: "OPUS", aliases: [] },
    { id: "opus-e-indkoeb", name: "OPUS e-indkøb", aliases: ["Opus- e-indkøb"] },
    { id: "oes", name: "ØS", aliases: [] },
  ]);
  it("prefers the most specific alias and matches whole words only", () => {
    expect(find("via Opus e-indkøb og OPUS").map((m) => m.id)).toEqual(["opus-e-indkoeb", "opus"]);
    expect(find("via Opus- e-indkøb").map((m) => m.id)).toEqual(["opus-e-indkoeb"]);
    expect(find("opusen og øs")).toEqual([]);
    expect(find("det gamle ØS")).toHaveLength(1);
  });
});

it("slugs Danish names", () => {
  expect(slugify("Økonomiafdelingen")).toBe("oekonomiafdelingen");
  expect(slugify("IT-afdelingen")).toBe("it-afdelingen");
});
