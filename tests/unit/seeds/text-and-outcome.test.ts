/** The small rules under the parser: line joining, evidence matching, outcome words. */
import { describe, expect, it } from "vitest";
import { evidenceIsInPlan } from "../../../seeds/build-plan-graph.js";
import { mentionFinder } from "../../../seeds/facts/mentions.js";
import { isDateOnlySentence, proseActions } from "../../../seeds/parser/goals.js";
import { classifyHeading } from "../../../seeds/parser/headings.js";
import { classifyOutcome, combineOutcomes } from "../../../seeds/parser/outcome.js";
import { parsePlanDocument } from "../../../seeds/parser/parse-plan.js";
import { joinLines, slugify, splitSentences } from "../../../seeds/parser/text.js";

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
  const plan =
    "- Effektivitet sikres ved dels regelmæssige li-  \nsteudtræk fra **erhvervs- og\nselskabsstyrelsens** database.\n\n*Er gennemført som planlagt.*";
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
    ["Dette arbejde ruller videre i 2009 indtil alle institutioner er omfattet.", "CONTINUES"],
    ["Implementeringen af de nye aftaler er sket successivt. Vil tillige være et indsatsområde 2009.", "CONTINUES"],
    ["Personaleafdelingen har deltaget i arbejdsgrupperne. Dette projektarbejde vil fortsætte i 2009.", "CONTINUES"],
    ["Arbejdet videreføres med en række udvidelser.", "CONTINUES"],
    ["Samarbejdsmøderne fortsætter.", "CONTINUES"],
    ["Er gennemført som planlagt. Der arbejdes fortsat på at få etableret en model.", "IN_PROGRESS"],
    ["Igangsætning af den nødvendige planlægning til realisering af projektet.", "IN_PROGRESS"],
    ["Alle matrikler er oprettet i systemet.", "DONE"],
    ["Er delvist gennemført, men arbejdet blev midlertidigt stoppet. Gennemføres i 2009.", "PARTLY_DONE"],
    ["Arbejdet er udskudt til 2012. Det fortsætter derefter.", "POSTPONED"],
  ])("%s -> %s", (text, outcome) => {
    expect(classifyOutcome(text).outcome).toBe(outcome);
  });

  it("reads a future tied to a later year than the status year as CONTINUES, and only then", () => {
    const lead = "Parallelt med nævnte omlægning skal indkøbsfunktionen i 2009 omstille sig til primært at";
    expect(classifyOutcome(lead, { year: 2008 }).outcome).toBe("CONTINUES");
    expect(classifyOutcome(lead, { year: 2009 }).outcome).toBe("UNKNOWN");
    expect(classifyOutcome(lead).outcome).toBe("UNKNOWN");
    expect(classifyOutcome("Gennemføres i 2009.", { year: 2008 })).toEqual({
      outcome: "CONTINUES",
      cueText: "Gennemføres i 2009.",
    });
    expect(classifyOutcome("Arbejdet er udskudt til 2012.", { year: 2011 }).outcome).toBe("POSTPONED");
  });

  it("combines the readings of consecutive passages as one text would", () => {
    expect(combineOutcomes(["DONE", "NOT_DONE"])).toBe("PARTLY_DONE");
    expect(combineOutcomes(["UNKNOWN", "FAILED"])).toBe("FAILED");
    expect(combineOutcomes(["DONE", "CONTINUES"])).toBe("CONTINUES");
    expect(combineOutcomes(["CONTINUES", "POSTPONED"])).toBe("POSTPONED");
    expect(combineOutcomes(["UNKNOWN"])).toBe("UNKNOWN");
  });
});

describe("splitSentences", () => {
  it.each([
    [
      "Efter § 17, stk. 4 udvalget har afsluttet deres arbejde. Sagen behandles.",
      ["Efter § 17, stk. 4 udvalget har afsluttet deres arbejde.", "Sagen behandles."],
    ],
    ["Implementering pr. 1.1.2009. Derefter mere.", ["Implementering pr. 1.1.2009.", "Derefter mere."]],
    [
      "Der tilrettelægges ca. 20 kurser. Pr. 01 SEP 2008 blev forvaltningen justeret.",
      ["Der tilrettelægges ca. 20 kurser.", "Pr. 01 SEP 2008 blev forvaltningen justeret."],
    ],
    ["Et budget på ca. 2 mio. kr. Til anlæg.", ["Et budget på ca. 2 mio. kr.", "Til anlæg."]],
    ["Justeringer m.h.t. bemanning. Og mere.", ["Justeringer m.h.t. bemanning.", "Og mere."]],
  ])("%s", (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

describe("initiatives of a stand-alone prose paragraph", () => {
  it.each([
    ["Målet forventes at være nået inden 1. juli 2009.", true],
    ["Modellen skal være beskrevet inden udgangen af 2009.", true],
    ["Målet skal påbegyndes straks efter 1. juli 2009.", true],
    ["Der skal arbejdes med en ny infrastruktur i 2009.", false],
    ["Målet er en bedre service overfor brugerne.", false],
    [
      "Projektet skal gennemføres med anvendelse af både egne ansatte og ekstern konsulentstøtte på udvalgte områder i hele 2009.",
      false,
    ],
  ])("%s is date-only: %s", (sentence, dateOnly) => {
    expect(isDateOnlySentence(sentence)).toBe(dateOnly);
  });

  it("gives one action per sentence and keeps a date-only sentence with the one before", () => {
    expect(proseActions("Udarbejdelse af en strategi. Udarbejdelse af et netværk.")).toEqual([
      "Udarbejdelse af en strategi.",
      "Udarbejdelse af et netværk.",
    ]);
    expect(
      proseActions("Udarbejde en model for udskiftning. Modellen skal være beskrevet inden udgangen af 2009."),
    ).toEqual(["Udarbejde en model for udskiftning. Modellen skal være beskrevet inden udgangen af 2009."]);
    expect(proseActions("Målet skal være nået i løbet af 2009.")).toEqual(["Målet skal være nået i løbet af 2009."]);
  });
});

describe("a plan's status and initiatives, read by the general rules", () => {
  const markdown = [
    "# Kulturforvaltningens virksomhedsplan 2010",
    "",
    "## Biblioteksafdelingens virksomhedsplan 2010",
    "",
    "### 2. Status på 2009",
    "",
    "Afdelingen har i 2009",
    "",
    "- Sekretariatsbetjent Kulturudvalget",
    "- Påbegyndt en ny udlånsordning",
    "",
    "Parallelt hermed skal udlånet i 2010 omstille sig til at",
    "",
    "- Koncentrere sig om fjernlån",
    "",
    "### 3. Hovedmål, strategier samt indsatsområder for 2010",
    "",
    "#### A. Udlån",
    "",
    "**Hovedmål:** Bedre udlån.",
    "",
    "**Indsatsområder:**",
    "",
    "Udarbejdelse af en udlånsstrategi. Opstilling af et netværk af bibliotekerne. Målet forventes at være nået inden 1. juli 2010.",
    "",
    "#### B. Læsning",
    "",
    "**Hovedmål:** Mere læsning.",
    "",
    "**Indsatsområder:**",
    "",
    "Der gennemføres to kampagner. Konkret betyder det bl.a. følgende:",
    "",
    "- Kampagne for børn",
  ].join("\n");
  const [dept] = parsePlanDocument(markdown, { planId: "x", file: "x.md" }).departments;

  it("reports the bullets of a lead-in that ends on the auxiliary and the year as done, each in its own words", () => {
    expect(dept?.statusItems.map((s) => [s.text, s.outcome, s.outcomeText])).toEqual([
      ["Sekretariatsbetjent Kulturudvalget", "DONE", "Sekretariatsbetjent Kulturudvalget"],
      ["Påbegyndt en ny udlånsordning", "IN_PROGRESS", "Påbegyndt en ny udlånsordning"],
      ["Koncentrere sig om fjernlån", "CONTINUES", "Parallelt hermed skal udlånet i 2010 omstille sig til at"],
    ]);
  });

  it("splits a stand-alone prose paragraph into its actions but keeps a lead-in whole", () => {
    const [a, b] = dept?.goals ?? [];
    expect(a?.initiatives.map((i) => i.text)).toEqual([
      "Udarbejdelse af en udlånsstrategi.",
      "Opstilling af et netværk af bibliotekerne. Målet forventes at være nået inden 1. juli 2010.",
    ]);
    expect(b?.initiatives.map((i) => i.text)).toEqual([
      "Der gennemføres to kampagner. Konkret betyder det bl.a. følgende:",
      "Kampagne for børn",
    ]);
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
