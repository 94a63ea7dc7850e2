import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ID, openApp, searchParams, waitForGraph, withCy } from "./support/app";
import { openBrowser, screenshot, type Session } from "./support/browser";

describe("permalink: the whole view lives in the URL", () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
  });
  afterAll(async () => {
    await s?.close();
  });

  it("restores selection, filters, mode, depth, direction, layout and language after reload and in a new tab", async () => {
    const { page, context } = s;
    await openApp(page, inject("appUrl"));
    const filters = page.getByRole("region", { name: "Filtre og signaturforklaring" });
    await filters.getByRole("checkbox", { name: "Borgmestersekretariatet" }).uncheck();
    await page.getByLabel("Layout").selectOption("dagre");
    await page.getByRole("combobox", { name: "Søg i planen" }).fill("Focus.IT");
    await page
      .getByRole("region", { name: "Søgeresultater" })
      .locator("button.hit")
      .filter({ has: page.locator("strong", { hasText: /^Focus\.IT$/ }) })
      .first()
      .click();
    await page.getByRole("button", { name: "Konsekvens" }).click();
    await page.getByRole("radio", { name: "Opstrøms" }).check({ force: true });
    await page.getByLabel("Dybde").selectOption("2");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: "Impact", pressed: true }).waitFor();

    const url = page.url();
    const p = searchParams(page);
    expect(p.get("sel")).toBe(ID.focusIt);
    expect(p.get("mode")).toBe("impact");
    expect(p.get("dir")).toBe("up");
    expect(p.get("depth")).toBe("2");
    expect(p.get("layout")).toBe("dagre");
    expect(p.get("lang")).toBe("en");
    expect(p.getAll("dept").sort()).toEqual([ID.it, ID.oekonomi, ID.personale].sort());

    const check = async () => {
      await waitForGraph(page);
      expect(
        await page
          .getByRole("navigation", { name: "Views" })
          .getByRole("button", { name: "Graph" })
          .getAttribute("aria-current"),
      ).toBe("page");
      expect(await page.getByRole("button", { name: "Impact" }).getAttribute("aria-pressed")).toBe("true");
      expect(await page.getByRole("radio", { name: "Upstream" }).isChecked()).toBe(true);
      expect(await page.getByLabel("Depth").inputValue()).toBe("2");
      expect(await page.getByLabel("Layout").inputValue()).toBe("dagre");
      expect(await page.getByRole("checkbox", { name: "Borgmestersekretariatet" }).isChecked()).toBe(false);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      await expect
        .poll(() => withCy(page, (cy) => cy.$("node.selected").map((n) => n.id()), null))
        .toEqual([ID.focusIt]);
      expect(
        await withCy(page, (cy, dept) => cy.nodes().some((n) => n.data("departmentId") === dept), ID.borgmester),
      ).toBe(false);
      await page
        .getByRole("heading", { name: /Focus\.IT/ })
        .first()
        .waitFor();
    };

    await page.reload();
    expect(page.url()).toBe(url);
    await check();
    await screenshot(page, "06-permalink-restored-en");

    const shared = await context.newPage();
    await shared.goto(url);
    await waitForGraph(shared);
    expect(await shared.getByRole("button", { name: "Impact" }).getAttribute("aria-pressed")).toBe("true");
    expect(await withCy(shared, (cy) => cy.$("node.selected").map((n) => n.id()), null)).toEqual([ID.focusIt]);
    await shared.close();

    // Back goes back through the history of views.
    await page.goBack();
    await expect.poll(() => searchParams(page).get("lang")).not.toBe("en");
    expect(s.problems).toEqual([]);
  });
});
