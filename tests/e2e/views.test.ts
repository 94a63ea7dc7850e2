import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ID, openApp, searchParams } from "./support/app";
import { openBrowser, screenshot, type Session } from "./support/browser";

describe("views for IT planners and the direktion", () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
  });
  afterAll(async () => {
    await s?.close();
  });

  it("system view: everything linked to Focus.IT, by department", async () => {
    const { page } = s;
    await page.goto(`${inject("appUrl")}/?view=systems`);
    await page.getByRole("button", { name: /^Focus\.IT/ }).click();
    expect(searchParams(page).get("system")).toBe(ID.focusIt);
    const links = page.getByRole("region", { name: "Systemets forbindelser" });
    await links.getByRole("heading", { level: 2, name: "Focus.IT" }).waitFor();
    await links.getByRole("region", { name: "IT-afdelingen" }).waitFor();
    expect(await links.locator("blockquote").count()).toBeGreaterThan(0);
    await screenshot(page, "07-systems-focus-it");

    await links.getByRole("button", { name: "Vis i grafen" }).click();
    await expect.poll(() => searchParams(page).get("view")).toBe(null);
    expect(searchParams(page).get("sel")).toBe(ID.focusIt);
  });

  it("key nodes: what much hangs on, ranked, with a way into the impact", async () => {
    const { page } = s;
    await page.goto(`${inject("appUrl")}/?view=keyNodes`);
    const table = page.getByRole("table", { name: "Nøglenoder efter antal afhængige" });
    await table.waitFor();
    expect(await table.locator("tbody tr").count()).toBe(25);
    // Ranked by dependents in all, highest first.
    const dependents = (await table.locator("tbody tr td:nth-child(4)").allTextContents()).map(Number);
    expect(dependents).toEqual([...dependents].sort((a, b) => b - a));
    expect(dependents[0]).toBeGreaterThan(5);
    const names = await table.locator("tbody tr th").allTextContents();
    expect(names.some((n) => /OPUS/.test(n))).toBe(true);
    await page.getByLabel("Antal", { exact: true }).selectOption("10");
    await expect.poll(() => table.locator("tbody tr").count()).toBe(10);
    expect(searchParams(page).get("top")).toBe("10");
    await screenshot(page, "11-key-nodes");

    const first = (await table.locator("tbody tr th").first().textContent())!.split("·")[0]!.trim();
    await table.getByRole("button", { name: `Vis konsekvensen, hvis ${first} skrider` }).click();
    await expect.poll(() => searchParams(page).get("mode")).toBe("impact");
    expect(searchParams(page).get("view")).toBeNull();
    expect(searchParams(page).get("sel")).toBeTruthy();
  });

  it("timeline: milestones and what happens if one slips", async () => {
    const { page } = s;
    await page.goto(`${inject("appUrl")}/?view=timeline`);
    const table = page.getByRole("table");
    await table.waitFor();
    expect(await table.locator("tbody tr").count()).toBeGreaterThan(0);
    await table.getByRole("button", { name: "Hvad hvis den skrider?" }).first().click();
    expect(searchParams(page).get("milestone")).toBeTruthy();
    await page.getByLabel("Forsinkelse (dage)").fill("60");
    await page.getByRole("button", { name: "Beregn" }).click();
    await expect.poll(() => searchParams(page).get("slip")).toBe("60");
    await expect.poll(() => page.getByTestId("what-if-summary").textContent()).toMatch(/60 dage/);
    await screenshot(page, "08-timeline-what-if");
  });

  it("graph: hierarchy layout, path between two nodes, exports", async () => {
    const { page } = s;
    await openApp(page, inject("appUrl"), `?layout=dagre&sel=${encodeURIComponent(ID.itRessource)}&mode=path`);
    await page.getByRole("combobox", { name: "Søg efter slutnode" }).fill("Focus.IT");
    await page
      .getByRole("region", { name: "Søgeresultater" })
      .locator("button.hit")
      .filter({ has: page.locator("strong", { hasText: /^Focus\.IT$/ }) })
      .first()
      .click();
    await expect.poll(() => searchParams(page).get("to")).toBe(ID.focusIt);
    await page.locator(".path-list > li").first().waitFor();
    await screenshot(page, "09-path-dagre");

    for (const [label, ext] of [
      ["PNG", "png"],
      ["SVG", "svg"],
      ["JSON", "json"],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label, exact: true }).click()]);
      expect(download.suggestedFilename()).toBe(`plangraf-graf.${ext}`);
    }
    expect(s.problems).toEqual([]);
  });
});
