import { beforeAll, describe, expect, it } from "vitest";
import { searchCsv } from "../../../client/src/features/search/lib/search-csv";
import { buildCsv, UTF8_BOM } from "../../../client/src/lib/csv";
import { fileStem } from "../../../client/src/lib/download";
import { loadMessages, translate } from "../../../client/src/lib/i18n/translate";

// English comes on demand in the app; these tests read it.
beforeAll(() => loadMessages("en"));

describe("buildCsv", () => {
  it("starts with a BOM, ends lines with CRLF and quotes only when needed", () => {
    const csv = buildCsv(
      ["Navn", "Citat"],
      [
        ["OPUS", 'Han sagde "ja"; så'],
        ["Løn", "linje 1\nlinje 2"],
        ["tom", null],
      ],
      ";",
    );
    expect(csv).toBe(`${UTF8_BOM}Navn;Citat\r\nOPUS;"Han sagde ""ja""; så"\r\nLøn;"linje 1\nlinje 2"\r\ntom;\r\n`);
  });

  it("quotes the delimiter it is given", () => {
    expect(buildCsv(["a"], [["x,y"], ["x;y"]], ",")).toBe(`${UTF8_BOM}a\r\n"x,y"\r\nx;y\r\n`);
  });

  it("keeps leading and trailing spaces by quoting", () => {
    expect(buildCsv(["a"], [[" x "]])).toBe(`${UTF8_BOM}a\r\n" x "\r\n`);
  });
});

describe("search snippets", () => {
  it("writes the hits as CSV", () => {
    const t = (key: Parameters<typeof translate>[1]) => translate("en", key);
    const csv = searchCsv(
      [
        {
          score: 2.34567,
          snippetParts: [
            { text: "OPUS", match: true },
            { text: " løn", match: false },
          ],
          field: "name",
          node: { id: "s:opus", name: "OPUS", kind: "SYSTEM", department: null },
        },
      ],
      t,
      ",",
    );
    expect(csv).toBe(
      `${UTF8_BOM}Name,Kind,Department,Field,Snippet,Score,Id\r\nOPUS,System/project,,name,OPUS løn,2.346,s:opus\r\n`,
    );
  });
});

describe("fileStem", () => {
  it("makes Danish names file-safe", () => {
    expect(fileStem("Økonomiafdelingen / Focus.IT")).toBe("oekonomiafdelingen-focus-it");
    expect(fileStem("???")).toBe("plangraf");
  });
});

describe("rankHits", () => {
  it("puts the exact name first, then prefixes, else keeps the server's order", async () => {
    const { rankHits } = await import("../../../client/src/features/search/lib/rank-hits");
    const hit = (name: string) => ({ node: { name } });
    const ranked = rankHits(
      [hit("Implementering af OPUS"), hit("OPUS Økonomi"), hit("Ibrugtagning af OPUS"), hit("opus")],
      "OPUS",
    );
    expect(ranked.map((h) => h.node.name)).toEqual([
      "opus",
      "OPUS Økonomi",
      "Implementering af OPUS",
      "Ibrugtagning af OPUS",
    ]);
  });
});
