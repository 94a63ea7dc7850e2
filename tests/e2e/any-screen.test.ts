/**
 * Issue 12, points 5 and 9: the explorer on a phone (390x844) and a tablet (768x1024), and
 * axe-core on every view at desktop and phone size: no serious or critical violations.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ID, searchParams, waitForGraph, withCy } from "./support/app";
import { seriousViolations } from "./support/axe";
import { openBrowser, screenshot, type Session } from "./support/browser";

const VIEWS = ["graph", "matrix", "systems", "keyNodes", "timeline"] as const;

for (const size of [
  { name: "phone", width: 390, height: 844 },
  { name: "tablet", width: 768, height: 1024 },
]) {
  describe(`any screen: ${size.name} ${size.width}x${size.height}`, () => {
    let s: Session;
    beforeAll(async () => {
      s = await openBrowser({ viewport: { width: size.width, height: size.height }, hasTouch: true });
    });
    afterAll(async () => {
      await s?.close();
    });

    it("shows the graph, reaches the search, opens the filters as a drawer, and a tap selects and expands", async () => {
      const { page } = s;
      await page.goto(`${inject("appUrl")}/`);
      await waitForGraph(page);
      const canvas = (await page.getByTestId("graph-canvas").boundingBox())!;
      expect(canvas.width).toBeGreaterThan(size.width - 20);
      expect(canvas.height).toBeGreaterThan(300);
      const search = (await page.getByRole("combobox", { name: "Søg i planen" }).boundingBox())!;
      expect(search.x).toBeGreaterThanOrEqual(0);
      expect(search.x + search.width).toBeLessThanOrEqual(size.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      await screenshot(page, `24-landing-${size.width}`);

      const toggle = page.getByRole("button", { name: "Filtre" });
      await toggle.click();
      const filters = page.getByRole("region", { name: "Filtre og signaturforklaring" });
      expect(await filters.isVisible()).toBe(true);
      await screenshot(page, `25-filters-drawer-${size.width}`);
      await page.getByRole("button", { name: "Luk filtre" }).click();
      expect(await filters.isVisible()).toBe(false);

      // The phone shows the overview at a readable zoom; bring OPUS into view as a reader would by panning.
      await withCy(page, (cy, id) => cy.center(cy.getElementById(id)), ID.opus);
      const p = await withCy(page, (cy, id) => cy.getElementById(id).renderedPosition(), ID.opus);
      await page.touchscreen.tap(canvas.x + p.x, canvas.y + p.y);
      await expect.poll(() => searchParams(page).get("sel")).toBe(ID.opus);
      expect(searchParams(page).getAll("x")).toEqual([ID.opus]);
      await page.locator("#details-title").waitFor();
      expect(s.problems).toEqual([]);
    });
  });
}

describe("accessibility: axe-core on every view", () => {
  for (const size of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`has no serious or critical violations at ${size.width}x${size.height}`, async () => {
      const s = await openBrowser({ viewport: size });
      try {
        const found: Record<string, unknown> = {};
        for (const view of VIEWS) {
          await s.page.goto(
            `${inject("appUrl")}/?view=${view}${view === "graph" ? `&sel=${encodeURIComponent(ID.opus)}` : ""}`,
          );
          if (view === "graph") await waitForGraph(s.page);
          else await s.page.locator("main h2").first().waitFor();
          await s.page.waitForLoadState("networkidle");
          const violations = await seriousViolations(s.page);
          if (violations.length) found[view] = violations;
        }
        expect(found).toEqual({});
      } finally {
        await s.close();
      }
    });
  }
});
