import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ID, PLAN, openApp, searchParams, waitForGraph, withCy } from "./support/app";
import { openBrowser, screenshot, type Session } from "./support/browser";
import { gql } from "./support/graphql";

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
    // Exactly the API's cross-department edges: stated and via a system (a system counts for its
    // owner), inferred ones only when asked for.
    const edgesOf = async (include: string[]) =>
      (
        await gql<{ graph: { edges: { id: string; basis: string }[] } }>(
          inject("appUrl"),
          `query ($filter: GraphFilter) { graph(filter: $filter) { edges { id basis } } }`,
          { filter: { planId: PLAN, departments: [ID.oekonomi, ID.personale].sort(), crossDepartmentOnly: true, include } },
        )
      ).graph.edges;
    const stated = await edgesOf(["STATED", "VIA_SYSTEM"]);
    const all = await edgesOf(["STATED", "VIA_SYSTEM", "INFERRED"]);
    expect(stated.some((e) => e.basis === "VIA_SYSTEM")).toBe(true);
    expect(stated.every((e) => e.basis !== "INFERRED")).toBe(true);
    const drawn = () => withCy(page, (cy) => cy.edges().map((e) => e.id()).sort(), null);
    await expect.poll(drawn).toEqual(stated.map((e) => e.id).sort());
    const inferred = filters.getByRole("checkbox", { name: "Medtag udledte" });
    expect(await inferred.isChecked()).toBe(false);
    await inferred.check();
    await expect.poll(() => searchParams(page).get("inferred")).toBe("1");
    await expect.poll(drawn).toEqual(all.map((e) => e.id).sort());
    if (all.some((e) => e.basis === "INFERRED")) {
      // Inferred edges stay dashed, and the legend says so.
      expect(await withCy(page, (cy) => cy.edges(".inferred").map((e) => e.style("line-style")), null)).toEqual(
        all.filter((e) => e.basis === "INFERRED").map(() => "dashed"),
      );
    }
    expect(await filters.getByText("Stiplet: udledt (uden citat i planen)").count()).toBe(1);
    expect(s.problems).toEqual([]);
  });
});
