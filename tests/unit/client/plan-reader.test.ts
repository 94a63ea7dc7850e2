/** The reader's pure parts: finding a quote in a section, the passage a link points to, and the links themselves. */
import { describe, expect, it } from "vitest";
import { findQuote, sameQuote } from "../../../client/src/features/plan-reader/lib/find-quote";
import { findTarget } from "../../../client/src/features/plan-reader/lib/find-target";
import { parseSlipDays } from "../../../client/src/features/timeline/lib/slip-days";
import { newDates } from "../../../client/src/features/timeline/lib/new-dates";
import { graphHref, passageHref, readerPlanId, sectionAnchor } from "../../../client/src/lib/plan-link";

describe("plan links", () => {
  it("links a quote to its section's anchor with the quote to highlight, and back into the graph", () => {
    expect(sectionAnchor("Borgmestersekretariatet > E. Valg og folkeafstemning")).toBe(
      "borgmestersekretariatet-e-valg-og-folkeafstemning",
    );
    expect(passageHref("ltk-okf-2009", "IT > Strategi", "på plads")).toBe(
      "/plan/ltk-okf-2009?q=p%C3%A5%20plads#it-strategi",
    );
    expect(graphHref("ltk-okf-2009", "ltk-okf-2009:it-afdelingen:c")).toBe(
      "/?view=graph&plan=ltk-okf-2009&sel=ltk-okf-2009%3Ait-afdelingen%3Ac",
    );
    expect(readerPlanId("/plan/ltk-okf-2009")).toBe("ltk-okf-2009");
    expect(readerPlanId("/plan/ltk-okf-2009/")).toBe("ltk-okf-2009");
    expect(readerPlanId("/")).toBeNull();
  });
});

describe("findQuote and findTarget", () => {
  const blocks = [
    "Første afsnit.",
    "Den nye  infrastruktur skal være på plads inden 1. juli 2009, hvorefter virtualisering følger.",
  ];
  it("finds a quote whitespace- and case-insensitively, and the start of one that runs over blocks", () => {
    expect(findQuote(blocks, "infrastruktur skal være på plads")).toEqual({ block: 1, start: 8, end: 40 });
    expect(findQuote(blocks, "DEN NYE infrastruktur")).toEqual({ block: 1, start: 0, end: 21 });
    expect(
      findQuote(
        blocks,
        "inden 1. juli 2009, hvorefter virtualisering følger. Og så videre i næste afsnit med mere tekst",
      )?.block,
    ).toBe(1);
    expect(findQuote(blocks, "findes slet ikke i teksten")).toBeNull();
    expect(sameQuote("på  plads inden 1. juli 2009", "På plads inden 1. juli 2009")).toBe(true);
  });
  it("prefers the anchored section, falls back to any section holding the quote, else the anchor alone", () => {
    const sections = [
      { anchor: "a", blocks: [{ text: "ord ord" }] },
      { anchor: "b", blocks: [{ text: "det citerede sted i planen" }] },
    ];
    expect(findTarget(sections, "a", "det citerede sted")).toEqual({
      anchor: "b",
      hit: { block: 0, start: 0, end: 17 },
    });
    expect(findTarget(sections, "a", null)).toEqual({ anchor: "a", hit: null });
    expect(findTarget(sections, null, null)).toBeNull();
  });
});

describe("what-if on the client", () => {
  it.each([
    ["30", 30],
    ["3650", 3650],
    ["-400", null],
    ["0", null],
    ["3651", null],
    ["tre", null],
    ["1.5", null],
    ["", null],
  ])("slip %j -> %j", (text, days) => expect(parseSlipDays(text)).toBe(days));

  it("collects the new dates of the slipping milestone and what moves with it", () => {
    const dates = newDates({
      milestone: { id: "m" },
      newDate: "2009-07-31",
      newEndDate: null,
      moved: [{ milestone: { id: "n" }, newDate: "2009-08-01", newEndDate: "2009-09-01" }],
    });
    expect([...dates]).toEqual([
      ["m", { date: "2009-07-31", endDate: null }],
      ["n", { date: "2009-08-01", endDate: "2009-09-01" }],
    ]);
  });
});
