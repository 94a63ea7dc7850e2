/** Danish date expressions: what each names (ISO interval, precision) and what it is for (kind). */
import { describe, expect, it } from "vitest";
import { findDateExpressions, type DateExpression } from "../../../../seeds/coverage/danish-dates.js";

const PLAN_YEAR = 2009;

function only(text: string, year = PLAN_YEAR): DateExpression {
  const found = findDateExpressions(text, { year });
  expect(found, `one expression in ${JSON.stringify(text)}`).toHaveLength(1);
  return found[0]!;
}

type Row = [sentence: string, text: string, start: string, end: string, precision: string, kind: string];

describe("findDateExpressions: the expressions of the plans", () => {
  it.each<Row>([
    [
      "Målet forventes at være nået inden 1. juli 2009.",
      "nået inden 1. juli 2009",
      "2009-07-01",
      "2009-07-01",
      "DAY",
      "deadline",
    ],
    ["Kommunen overgår til MED-struktur pr. 1.1.2009.", "pr. 1.1.2009", "2009-01-01", "2009-01-01", "DAY", "start"],
    ["drøftet på et seminar den 26.1.2009.", "den 26.1.2009", "2009-01-26", "2009-01-26", "DAY", "point"],
    [
      "Pr. 01 SEP 2008 blev Økonomisk Forvaltningen justeret",
      "Pr. 01 SEP 2008",
      "2008-09-01",
      "2008-09-01",
      "DAY",
      "start",
    ],
    [
      "implementere et nyt elektronisk indkøbssystem i løbet af 1. halvår 2009",
      "i løbet af 1. halvår 2009",
      "2009-01-01",
      "2009-06-30",
      "HALF_YEAR",
      "period",
    ],
    [
      "styrket i løbet af 1. kvartal 2009 således",
      "i løbet af 1. kvartal 2009",
      "2009-01-01",
      "2009-03-31",
      "QUARTER",
      "period",
    ],
    [
      "fokus på indkørsperioden medio januar – ult. april 2009.",
      "medio januar – ult. april 2009",
      "2009-01-15",
      "2009-04-30",
      "RANGE",
      "period",
    ],
    [
      "Undervisning af superbrugere afvikles december 2008 – februar 2009.",
      "december 2008 – februar 2009",
      "2008-12-01",
      "2009-02-28",
      "RANGE",
      "period",
    ],
    [
      "Målet skal påbegyndes straks efter 1. juli 2009.",
      "straks efter 1. juli 2009",
      "2009-07-01",
      "2009-07-01",
      "DAY",
      "start",
    ],
    [
      "Modellen skal være beskrevet inden udgangen af 2009.",
      "inden udgangen af 2009",
      "2009-12-31",
      "2009-12-31",
      "DAY",
      "deadline",
    ],
    [
      "et efterslæb, som bør adresseres i budget 2010, jf.",
      "i budget 2010",
      "2010-01-01",
      "2010-12-31",
      "YEAR",
      "point",
    ],
    ["resultatkontrakt for 2007-2010.", "for 2007-2010", "2007-01-01", "2010-12-31", "RANGE", "period"],
    [
      "at der i efteråret 2009 afholdes en Erhvervskonference",
      "i efteråret 2009",
      "2009-09-01",
      "2009-11-30",
      "RANGE",
      "point",
    ],
    ["bør ske i foråret 2009, herunder", "i foråret 2009", "2009-03-01", "2009-05-31", "RANGE", "point"],
    ["Der er primo 2008 udarbejdet en drejebog", "primo 2008", "2008-01-01", "2008-01-01", "YEAR", "point"],
    ["Servicedesken er implementeret medio 2008.", "medio 2008", "2008-07-01", "2008-07-01", "YEAR", "point"],
    [
      "projektet må ved udgangen af 2008 betragtes som fejlslagen",
      "ved udgangen af 2008",
      "2008-12-31",
      "2008-12-31",
      "DAY",
      "deadline",
    ],
    [
      "Overgangen finder sted fra og med regnskabsåret 2009.",
      "fra og med regnskabsåret 2009",
      "2009-01-01",
      "2009-12-31",
      "YEAR",
      "start",
    ],
    [
      "mindst 30-35 medarbejdere tilmeldes uddannelsen i 2008/2009 samt",
      "i 2008/2009",
      "2008-01-01",
      "2009-12-31",
      "RANGE",
      "period",
    ],
    ["Der vil i 2009 blive gennemført", "i 2009", "2009-01-01", "2009-12-31", "YEAR", "point"],
    ["Aftalen udløber pr. 1. januar 2010.", "pr. 1. januar 2010", "2010-01-01", "2010-01-01", "DAY", "start"],
    ["Organisationsdiagram Økonomisk Forvaltning 2008-09", "2008-09", "2008-01-01", "2009-12-31", "RANGE", "period"],
    ["budgetoverskridelser i 2007 og 08 udarbejdet", "i 2007 og 08", "2007-01-01", "2008-12-31", "RANGE", "period"],
    [
      "Primo og medio 2009 fortsætte med implementeringen",
      "Primo og medio 2009",
      "2009-01-01",
      "2009-07-01",
      "RANGE",
      "period",
    ],
    [
      "I sidste kvartal af 2008 er funktionen viet til",
      "I sidste kvartal af 2008",
      "2008-10-01",
      "2008-12-31",
      "QUARTER",
      "point",
    ],
    [
      "en 3 måneders periode startende i august måned 2008",
      "startende i august måned 2008",
      "2008-08-01",
      "2008-08-31",
      "MONTH",
      "start",
    ],
    ["Personalereduktion pr. 1.12.08 ved pensionering", "pr. 1.12.08", "2008-12-01", "2008-12-01", "DAY", "start"],
    [
      "i perioden medio 2007 – medio 2008 kostet",
      "i perioden medio 2007 – medio 2008",
      "2007-07-01",
      "2008-07-01",
      "RANGE",
      "period",
    ],
    [
      "udarbejdet sparekataloger for såvel 2008 som 2009",
      "for såvel 2008 som 2009",
      "2008-01-01",
      "2009-12-31",
      "RANGE",
      "period",
    ],
    ["ved udgangen af oktober 2009", "ved udgangen af oktober 2009", "2009-10-31", "2009-10-31", "DAY", "deadline"],
    ["vinteren 2009 giver", "vinteren 2009", "2009-12-01", "2010-02-28", "RANGE", "point"],
    ["fra den 1. april 2008 er", "fra den 1. april 2008", "2008-04-01", "2008-04-01", "DAY", "start"],
  ])("%s", (sentence, text, start, end, precision, kind) => {
    expect(only(sentence)).toMatchObject({ text, start, end, precision, kind, inferredYear: false });
  });
});

describe("findDateExpressions: years that the text leaves out", () => {
  it("takes the year of the plan for 7. juni and 17. november, and says so", () => {
    const found = findDateExpressions(
      "valg-handlinger i 2009, 7. juni (valg til EU parlamentet) og 17. november (kommunalvalg)",
      { year: PLAN_YEAR },
    );
    expect(found.map((e) => [e.text, e.start, e.inferredYear])).toEqual([
      ["i 2009", "2009-01-01", false],
      ["7. juni", "2009-06-07", true],
      ["17. november", "2009-11-17", true],
    ]);
  });

  it("reads 3. og 4. kvartal as one range in the given year", () => {
    expect(only("bemanning er i 3. og 4. kvartal justeret", 2008)).toMatchObject({
      text: "i 3. og 4. kvartal",
      start: "2008-07-01",
      end: "2008-12-31",
      precision: "RANGE",
      inferredYear: true,
    });
  });

  it("reads ultimo oktober as the last day of October of the given year", () => {
    expect(only("4 ledige stillinger er opslået ultimo oktober.", 2008)).toMatchObject({
      start: "2008-10-31",
      precision: "MONTH",
      inferredYear: true,
    });
  });

  it("lets the first half of a range borrow the year of the second, a year earlier when it must", () => {
    expect(only("medio januar – ult. april 2010", 2009)).toMatchObject({
      start: "2010-01-15",
      end: "2010-04-30",
      inferredYear: false,
    });
    expect(only("november – februar 2009")).toMatchObject({ start: "2008-11-01", end: "2009-02-28" });
  });

  it("reads i efteråret and først på året without a year", () => {
    expect(only("Projektet er igangsat i efteråret")).toMatchObject({ start: "2009-09-01", inferredYear: true });
    expect(only("har allerede først på året igangsat", 2008)).toMatchObject({
      start: "2008-01-01",
      end: "2008-01-01",
      inferredYear: true,
    });
  });
});

describe("findDateExpressions: recurrences", () => {
  it.each([
    ["Der skal udarbejdes en årlig redegørelse", "årlig"],
    ["forbereder de halvårslige møder dér", "halvårslige"],
    ["etableret ugentlige chefmøder", "ugentlige"],
    ["Kommunen foretager løbende arbejdspladsvurderinger", "løbende"],
  ])("%s", (sentence, text) => {
    expect(only(sentence)).toMatchObject({ text, kind: "recurring", start: null, end: null, precision: null });
  });

  it("marks a date after a frequency word as recurring instead of listing the word twice", () => {
    expect(
      findDateExpressions("afholdes årligt pr. 1. april 2010", { year: PLAN_YEAR }).map((e) => [e.text, e.kind]),
    ).toEqual([["pr. 1. april 2010", "recurring"]]);
  });
});

describe("findDateExpressions: what is not a date", () => {
  it.each([
    "Succesfuld overgang fra ØS 2000 Light til OPUS.",
    "K. Unicef By 2009",
    "forlængelse af aftalen 2 x 1 år",
    "anslået 1/5 årsværk",
    "Afdelingens lønbudget udgør 10,6 mio.kr.",
    "Gennemførelse af 2-4 samarbejds møder",
    "mindst 30-35 medarbejdere",
    "August Krogh og Julie Jul",
    "Version 2.10.3 af systemet",
  ])("%s", (sentence) => {
    expect(findDateExpressions(sentence, { year: PLAN_YEAR })).toEqual([]);
  });

  it("rejects impossible days and backwards year ranges", () => {
    expect(findDateExpressions("den 31.2.2009 og 2010-2008", { year: PLAN_YEAR })).toEqual([]);
  });

  it("gives the position of the expression and of its core", () => {
    const [e] = findDateExpressions("Målet skal være nået inden 1. juli 2009.", { year: PLAN_YEAR });
    expect(e).toMatchObject({ index: 16, core: { text: "1. juli 2009", index: 27 } });
  });
});
