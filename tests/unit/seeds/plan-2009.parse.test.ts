/** The 2009 plan as the parser reads it: facts taken from the body of the document. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlanDocument } from "../../../seeds/parser/parse-plan.js";
import type { ParsedDepartment } from "../../../seeds/parser/types.js";

const file = path.resolve("seeds/virksomhedsplan-2009.md");
const plan = parsePlanDocument(readFileSync(file, "utf8"), {
  planId: "ltk-okf-2009",
  file: "seeds/virksomhedsplan-2009.md",
});
const dept = (name: string): ParsedDepartment => {
  const found = plan.departments.find((d) => d.name === name);
  if (!found) throw new Error(`no department ${name}`);
  return found;
};
const goal = (d: string, letter: string) => {
  const found = dept(d).goals.find((g) => g.letter === letter);
  if (!found) throw new Error(`no goal ${d}/${letter}`);
  return found;
};
const status = (d: string, startsWith: string) => {
  const found = dept(d).statusItems.find((s) => s.text.startsWith(startsWith) || s.title === startsWith);
  if (!found) throw new Error(`no status item ${startsWith}`);
  return found;
};

describe("parsePlanDocument on virksomhedsplan 2009", () => {
  it("reads the title, administration and year", () => {
    expect(plan.title).toBe("Økonomisk Forvaltnings virksomhedsplan 2009");
    expect(plan.administration).toBe("Økonomisk Forvaltning");
    expect(plan.year).toBe(2009);
    expect(plan.intro).toMatch(/^Dette er den første virksomhedsplan/);
  });

  it("finds the four departments in body order", () => {
    expect(plan.departments.map((d) => d.name)).toEqual([
      "Borgmestersekretariatet",
      "IT-afdelingen",
      "Personaleafdelingen",
      "Økonomiafdelingen",
    ]);
  });

  it("reads the themes of 2008 and 2009 from the introduction", () => {
    expect(plan.themes.filter((t) => t.year === 2008)).toHaveLength(6);
    expect(plan.themes.filter((t) => t.year === 2009).map((t) => t.name)).toEqual([
      "Styring",
      "IT i regi af Focus.IT-projektet",
      "Administrative arbejdsgange med særlig fokus på revitalisering og fortsat udvikling af ESDH",
      "Ledelses- og kompetenceudvikling",
      "Personalepolitik",
    ]);
  });

  it.each([
    ["Borgmestersekretariatet", "ABCDEFGHIJKLMN"],
    ["IT-afdelingen", "ABCDEFGH"],
    ["Personaleafdelingen", "ABCDE"],
    ["Økonomiafdelingen", "ABCDEFG"],
  ])("gives %s the 2009 goals %s, from the body only", (name, letters) => {
    expect(
      dept(name)
        .goals.map((g) => g.letter)
        .join(""),
    ).toBe(letters);
  });

  it.each([
    ["Borgmestersekretariatet", "E", "Valg og folkeafstemning"],
    ["Borgmestersekretariatet", "I", "Ejendomsområdet"],
    ["Borgmestersekretariatet", "K", "Unicef By 2009"],
    ["Borgmestersekretariatet", "N", "Rådhusets anvendelse"],
    ["IT-afdelingen", "B", "Servicedesk (brugerkontakt)"],
    ["IT-afdelingen", "E", "Digitaliseringsstrategi"],
    ["IT-afdelingen", "F", "Ressourcestrategi (optimering af IT medarbejderes samarbejde)"],
    [
      "Personaleafdelingen",
      "C",
      "Udnyttelse af IT, effektivisering i brugen af lønsystemet, herunder decentralisering af indberetning indenfor visse områder",
    ],
    ["Økonomiafdelingen", "A", "Implementering af OPUS"],
    ["Økonomiafdelingen", "C", "Ibrugtagning af OPUS (2)"],
    ["Økonomiafdelingen", "D", "Evaluere budgetprocessen"],
  ])("%s %s is titled %s", (d, letter, title) => {
    expect(goal(d, letter).title).toBe(title);
  });

  it("does not take Økonomiafdelingen's lettered 2008 status sections as goals", () => {
    const titles = dept("Økonomiafdelingen").goals.map((g) => g.title);
    expect(titles).not.toContain("Økonomistyringen i 2008");
    expect(titles).not.toContain("Opgavefordelingen i afdelingen");
    expect(dept("Økonomiafdelingen").statusItems.map((s) => s.title)).toEqual([
      "Økonomistyringen i 2008",
      "Implementering af OPUS",
      "Opgavefordelingen i afdelingen",
    ]);
  });

  it("reads Hovedmål also when it is written Hovedformål, inline or run together with the heading", () => {
    expect(goal("Borgmestersekretariatet", "N").mainGoal).toBe(
      "At lokalefordelingen og allokeringen af organisatoriske led i Rådhuset sker således, at bygningens anvendelse optimeres i forhold til ændringer i opgavestruktur m.v.",
    );
    expect(goal("Borgmestersekretariatet", "E").mainGoal).toMatch(/^At forberede og på kvalificeret vis gennemføre/);
    expect(goal("IT-afdelingen", "A").mainGoal).toBe(
      "At skabe en ny og mere robust infrastruktur til alle kommunens institutioner.",
    );
    expect(goal("IT-afdelingen", "A").strategy).toBe("EU-udbud med efterfølgende implementering.");
    expect(goal("Økonomiafdelingen", "C").mainGoal).toBe("Udvikle brugen af det nye administrative system.");
  });

  it.each([
    ["Borgmestersekretariatet", "A", 2],
    ["Borgmestersekretariatet", "B", 4],
    ["Borgmestersekretariatet", "C", 3],
    ["Borgmestersekretariatet", "L", 6],
    ["Borgmestersekretariatet", "M", 2],
    ["Borgmestersekretariatet", "N", 2],
    ["IT-afdelingen", "A", 1],
    ["IT-afdelingen", "D", 1],
    ["IT-afdelingen", "E", 1],
    ["Personaleafdelingen", "B", 8],
    ["Personaleafdelingen", "C", 6],
    ["Økonomiafdelingen", "D", 5],
    ["Økonomiafdelingen", "G", 1],
  ])("%s %s has %i initiatives", (d, letter, count) => {
    expect(goal(d, letter).initiatives).toHaveLength(count);
  });

  it("keeps a lead-in paragraph as an initiative but drops a bare list announcement", () => {
    const c = goal("Borgmestersekretariatet", "C").initiatives;
    expect(c[0]?.text).toMatch(/^Der skal gennem temadiskussion\(er\) arbejdes/);
    expect(goal("Borgmestersekretariatet", "L").initiatives.map((i) => i.text)).not.toContain(
      "Der er udpeget følgende prioriterede opgaver:",
    );
  });

  it("splits a stand-alone prose Indsatsområder paragraph into its actions, a date-only sentence staying with its action", () => {
    expect(goal("Borgmestersekretariatet", "A").initiatives.map((i) => i.text)).toEqual([
      "Udarbejdelse af kommunikationsstrategi samt det heraf afledte koncept for servicering af pressen.",
      "Udarbejdelse/opstilling af tværgående kommunikationsnetværk og indarbejdning af et tværorganisatorisk presseberedskab.",
    ]);
    expect(goal("Borgmestersekretariatet", "M").initiatives[1]?.text).toMatch(
      /^Det indgår heri en stillingtagen .* sekretariatsbetjeningen af direktørgruppen og borgmesteren\.$/,
    );
    expect(goal("IT-afdelingen", "A").initiatives[0]?.text).toMatch(
      /ny IP-plan etc\. Målet forventes at være nået inden 1\. juli 2009\.$/,
    );
    expect(goal("IT-afdelingen", "D").initiatives[0]?.text).toMatch(
      /Modellen skal være beskrevet inden udgangen af 2009\.$/,
    );
    // A lead-in keeps its sentences together with its list.
    expect(goal("Borgmestersekretariatet", "C").initiatives[0]?.text).toMatch(
      /Konkret indebærer det bl\.a\. følgende initiativer i 2009:$/,
    );
  });

  it("does not end a sentence after an abbreviation such as stk. or pr.", () => {
    expect(goal("Borgmestersekretariatet", "F").initiatives[2]?.text).toBe(
      "Efter § 17, stk. 4 udvalget har afsluttet deres arbejde, skal sagen viderebehandles af økonomiudvalget",
    );
  });

  it("joins words split by a page break and keeps real hyphenated compounds", () => {
    expect(goal("Økonomiafdelingen", "F").strategy).toContain(
      "regelmæssige listeudtræk fra erhvervs- og selskabsstyrelsens database",
    );
    expect(goal("Økonomiafdelingen", "F").strategy).toContain("således af der kan foretages");
    expect(goal("Borgmestersekretariatet", "B").initiatives[1]?.text).toContain("på baggrund af dialog i chefgruppen");
    expect(goal("Økonomiafdelingen", "C").strategy).toContain("Større integration af løn- og økonomiområderne");
    expect(goal("Økonomiafdelingen", "G").mainGoal).toContain("arbejdsbetingelserne skal være gode.");
  });

  it("strips markdown emphasis from stored text", () => {
    const all = plan.departments.flatMap((d) => [
      d.vision,
      d.resources,
      ...d.goals.flatMap((g) => [g.title, g.mainGoal, g.strategy, ...g.initiatives.map((i) => i.text)]),
    ]);
    expect(all.filter((t) => t.includes("*"))).toEqual([]);
  });

  it.each([
    ["IT-afdelingen", "Implementering af ny Servicedesk.", "DONE", "Servicedesken er implementeret medio 2008."],
    ["IT-afdelingen", "Udarbejde en ny IT (digitaliserings-) strategi.", "POSTPONED", "Arbejdet er sat på standby"],
    ["IT-afdelingen", "Udrulle IP-telefoni", "CONTINUES", "Dette arbejde ruller videre i 2009"],
    ["IT-afdelingen", "Udskifte det gamle utidssvarende køleanlæg", "IN_PROGRESS", "Arbejdet er i gang"],
    ["Borgmestersekretariatet", "Sekretariatsbetjent Bevillingsnævn", "DONE", "Sekretariatsbetjent Bevillingsnævn"],
    [
      "Borgmestersekretariatet",
      "Bistået forvaltningerne",
      "PARTLY_DONE",
      "Som led i en prioritering har sekretariatet volumenmæssigt ikke kunnet modsvare",
    ],
    [
      "Borgmestersekretariatet",
      "Koncentrere sig om den strategiske funktion",
      "CONTINUES",
      "Parallelt med nævnte omlægning skal indkøbsfunktionen i 2009 omstille sig",
    ],
    [
      "Borgmestersekretariatet",
      "I 2008 været fokuseret specifikt også på udviklingen af en ejendomsdatabase",
      "DONE",
      "I 2008 været fokuseret",
    ],
    [
      "Borgmestersekretariatet",
      "Igangsætning af den nødvendige planlægning til realisering af projekt Lyngby Idrætsby",
      "IN_PROGRESS",
      "Igangsætning",
    ],
    [
      "Personaleafdelingen",
      "I forbindelse med indgåelse af trepartsaftalen",
      "CONTINUES",
      "Implementeringen af de nye aftaler er sket successivt. Vil tillige være et indsatsområde 2009.",
    ],
    [
      "Personaleafdelingen",
      "Indførelse af nyt økonomisystem",
      "CONTINUES",
      "Personaleafdelingen har gennem 2008 deltaget",
    ],
    [
      "Personaleafdelingen",
      "Samarbejds møder med skolerne",
      "IN_PROGRESS",
      "Samarbejds møder med skolerne er gennemført",
    ],
    [
      "Borgmestersekretariatet",
      "Udvikling af kultur- og fritidsprojekt med Lindegården",
      "FAILED",
      "M.h.t. sidstnævnte projekt",
    ],
    [
      "Personaleafdelingen",
      "I 2008 vil der fortsat være fokus på implementeringen af personalepolitikken",
      "DONE",
      "Er gennemført som planlagt.",
    ],
    [
      "Personaleafdelingen",
      "Vi vil arbejde på, at større grupper får lagt lønspecifikationen over i E-boks.",
      "PARTLY_DONE",
      "Er delvist gennemført",
    ],
    [
      "Personaleafdelingen",
      "I forbindelse med implementeringen af KMD's produktfornyelse",
      "NOT_DONE",
      "Er ikke gennemført",
    ],
    ["Økonomiafdelingen", "Implementering af OPUS", "PARTLY_DONE", "Der er primo 2008 udarbejdet en drejebog"],
  ])("%s status %s -> %s", (d, start, outcome, outcomeText) => {
    const item = status(d, start);
    expect(item.outcome).toBe(outcome);
    expect(item.outcomeText.startsWith(outcomeText)).toBe(true);
    expect(item.year).toBe(2008);
  });

  it("reads an outcome for every status line whose own words say what happened", () => {
    const unknown = plan.departments.flatMap((d) =>
      d.statusItems.filter((s) => s.outcome === "UNKNOWN").map((s) => s.text),
    );
    // Its line names the project only; the facts file reads it from the 2009 plan (statusOutcomes).
    expect(unknown).toEqual([
      "Udskillelse af forsyningsområdet fra kommunen og etableringen af et kommunalt ejet forsyningsselskab",
    ]);
  });

  it("reads staff counts and salary budgets as written", () => {
    expect(plan.departments.map((d) => [d.name, d.staff, d.salaryBudget])).toEqual([
      ["Borgmestersekretariatet", 20, null],
      ["IT-afdelingen", 10, null],
      ["Personaleafdelingen", 45, "ca. 16,0 mio. kr."],
      ["Økonomiafdelingen", 24, "10,6 mio.kr."],
    ]);
  });

  it("reads visions and main tasks", () => {
    expect(dept("Borgmestersekretariatet").mainTasks).toHaveLength(11);
    expect(dept("IT-afdelingen").vision).toMatch(/^IT-afdelingen skal være præget af et højt fagligt miljø/);
    expect(dept("Økonomiafdelingen").mainTasks).toContain("KMD Debitor og KMD Udbetaling");
  });

  it("maps parsed elements back to plan lines and heading paths", () => {
    const e = goal("IT-afdelingen", "E");
    expect(e.line).toBe(566);
    expect(e.section).toBe(
      "IT-afdelingen > 3. Hovedmål, strategier samt indsatsområder for 2009 > E. Digitaliseringsstrategi",
    );
    expect(plan.sectionAt(572)).toBe(`${e.section} > Indsatsområde`);
  });
});
