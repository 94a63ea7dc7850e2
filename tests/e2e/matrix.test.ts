import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ID, searchParams } from "./support/app";
import { openBrowser, screenshot, type Session } from "./support/browser";

describe("department matrix", () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
  });
  afterAll(async () => {
    await s?.close();
  });

  it("shows Personaleafdelingen -> Økonomiafdelingen and lists those dependencies with evidence", async () => {
    const { page } = s;
    await page.goto(`${inject("appUrl")}/`);
    await page.getByRole("navigation", { name: "Visninger" }).getByRole("button", { name: "Afdelingsmatrix" }).click();
    const cell = page.getByRole("button", { name: /^Personaleafdelingen afhænger af Økonomiafdelingen: \d+$/ });
    await cell.waitFor();
    const count = Number((await cell.textContent())?.trim());
    expect(count).toBeGreaterThan(0);
    await cell.click();
    expect(searchParams(page).get("cfrom")).toBe(ID.personale);
    expect(searchParams(page).get("cto")).toBe(ID.oekonomi);

    const list = page.getByTestId("cell-dependencies");
    await list.waitFor();
    const items = list.locator(":scope > li");
    // The list behind the cell is exactly what the cell counts.
    expect(await items.count()).toBe(count);
    for (const quote of await list.locator("blockquote").allTextContents()) expect(quote.length).toBeGreaterThan(10);
    await expect
      .poll(() => page.getByRole("heading", { level: 2, name: "Personaleafdelingen afhænger af Økonomiafdelingen" }).count())
      .toBe(1);
    await screenshot(page, "05-matrix-cell");
    expect(s.problems).toEqual([]);
  });
});
