import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ID, openApp, searchParams, waitForGraph, withCy } from "./support/app";
import { openBrowser, screenshot, type Session } from "./support/browser";

describe("filters: two departments", () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
  });
  afterAll(async () => {
    await s?.close();
  });

  it("shows only Personaleafdelingen's and Økonomiafdelingen's nodes", async () => {
    const { page } = s;
    await openApp(page, inject("appUrl"));
    const before = await withCy(page, (cy) => cy.nodes().length, null);
    const filters = page.getByRole("region", { name: "Filtre og signaturforklaring" });
    await filters.getByRole("checkbox", { name: "Borgmestersekretariatet" }).uncheck();
    await filters.getByRole("checkbox", { name: "IT-afdelingen" }).uncheck();

    await expect.poll(() => searchParams(page).getAll("dept").sort()).toEqual([ID.oekonomi, ID.personale].sort());
    const wanted = [ID.personale, ID.oekonomi];
    await expect
      .poll(() =>
        withCy(page, (cy) => [...new Set(cy.nodes().map((n) => n.data("departmentId") as string | null))].filter(Boolean).sort(), null),
      )
      .toEqual([...wanted].sort());
    await waitForGraph(page);
    const after = await withCy(page, (cy) => cy.nodes().length, null);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(await filters.getByRole("checkbox", { name: "Personaleafdelingen" }).isChecked()).toBe(true);
    await screenshot(page, "03-filter-two-departments");

    // Cross-department only: every edge left crosses departments.
    await filters.getByRole("checkbox", { name: /Kun tværgående/ }).check();
    await expect.poll(() => searchParams(page).get("cross")).toBe("1");
    await expect
      .poll(() => withCy(page, (cy) => cy.edges().length > 0 && cy.edges().every((e) => e.data("crossDepartment") === true), null))
      .toBe(true);
    expect(s.problems).toEqual([]);
  });
});
