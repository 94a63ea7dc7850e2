import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ID, openApp } from "./support/app";
import { openBrowser, type Session } from "./support/browser";

/** A small RFC 4180 reader (quoted fields, doubled quotes, CRLF), enough to check our own files. */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe("CSV export", () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
  });
  afterAll(async () => {
    await s?.close();
  });

  it("downloads the impact list as shown, with a BOM, for Excel", async () => {
    const { page } = s;
    await openApp(page, inject("appUrl"), `?sel=${encodeURIComponent(ID.focusIt)}&mode=impact`);
    await page.getByTestId("impact-groups").waitFor();
    const shown = await page.locator(".impact-item .impact-item-head button.node-link").allTextContents();
    expect(shown.length).toBeGreaterThan(0);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Hent CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("plangraf-konsekvens-focus-it.csv");
    const text = await readFile((await download.path()) ?? "", "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1), ";");
    expect(header).toEqual([
      "Afdeling",
      "Navn",
      "Type",
      "Trin",
      "Kæde",
      "Relation",
      "Citat fra planen",
      "Afsnit",
      "Id",
    ]);
    expect(rows.map((r) => r[1])).toEqual(shown.map((n) => n.trim()));
    const digitalisering = rows.find((r) => r[1] === "Digitaliseringsstrategi");
    expect(digitalisering?.[0]).toBe("IT-afdelingen");
    expect(digitalisering?.[4]).toMatch(/^Focus\.IT → /);
    expect(digitalisering?.[6]).toMatch(/Focus\.IT/);
  });

  it("downloads the search hits", async () => {
    const { page } = s;
    await page.getByRole("combobox", { name: "Søg i planen" }).fill("OPUS");
    const results = page.getByRole("region", { name: "Søgeresultater" });
    await results.locator("button.hit").first().waitFor();
    const names = await results.locator("button.hit strong").allTextContents();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      results.getByRole("button", { name: "Hent CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("plangraf-soegning-opus.csv");
    const text = await readFile((await download.path()) ?? "", "utf8");
    const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ""), ";");
    expect(header?.[0]).toBe("Navn");
    expect(rows.map((r) => r[0])).toEqual(names);
    expect(s.problems).toEqual([]);
  });
});
