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
    // The whole plan ("Vis alt"); the landing overview has its own journey (explorer.test.ts).
    await openApp(page, inject("appUrl"), "?all=1");
    const before = await withCy(page, (cy) => cy.nodes().length, null);
    const filters = page.getByRole("region", { name: "Filtre og signaturforklaring" });
    await filters.getByRole("checkbox", { name: "Borgmestersekretariatet" }).uncheck();
    await filters.getByRole("checkbox", { name: "IT-afdelingen" }).uncheck();

    await expect.poll(() => searchParams(page).getAll("dept").sort()).toEqual([ID.oekonomi, ID.personale].sort());
    const wanted = [ID.personale, ID.oekonomi];
    await expect
      .poll(() =>
        withCy(
          page,
          (cy) => [...new Set(cy.nodes().map((n) => n.data("departmentId") as string | null))].filter(Boolean).sort(),
          null,
        ),
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
      .poll(() =>
        withCy(
          page,
          (cy) => cy.edges().length > 0 && cy.edges().every((e) => e.data("crossDepartment") === true),
          null,
        ),
      )
      .toBe(true);
    // Exactly the API's cross-department edges: stated and via a system (a system counts for its
    // owner), inferred ones only when asked for.
    // The API also returns the unticked departments' ends of a cross link; the graph leaves
    // those out (issue 12: unticking a department hides its nodes, with "Kun tværgående" too).
    const edgesOf = async (include: string[]) => {
      const { graph } = await gql<{
        graph: {
          nodes: { id: string; departmentId: string | null }[];
          edges: { id: string; basis: string; source: string; target: string }[];
        };
      }>(
        inject("appUrl"),
        `query ($filter: GraphFilter) { graph(filter: $filter) { nodes { id departmentId } edges { id basis source target } } }`,
        {
          filter: { planId: PLAN, departments: [ID.oekonomi, ID.personale].sort(), crossDepartmentOnly: true, include },
        },
      );
      const ticked = new Set<string | null>([ID.oekonomi, ID.personale, null]);
      const kept = new Set(graph.nodes.filter((n) => ticked.has(n.departmentId)).map((n) => n.id));
      return graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
    };
    const stated = await edgesOf(["STATED", "VIA_SYSTEM"]);
    const all = await edgesOf(["STATED", "VIA_SYSTEM", "INFERRED"]);
    expect(stated.some((e) => e.basis === "VIA_SYSTEM")).toBe(true);
    expect(stated.every((e) => e.basis !== "INFERRED")).toBe(true);
    const drawn = () =>
      withCy(
        page,
        (cy) =>
          cy
            .edges()
            .map((e) => e.id())
            .sort(),
        null,
      );
    // No node of an unticked department is drawn.
    await expect
      .poll(() =>
        withCy(
          page,
          (cy, ids) => cy.nodes().filter((n) => n.data("departmentId") && !ids.includes(n.data("departmentId"))).length,
          [ID.oekonomi, ID.personale],
        ),
      )
      .toBe(0);
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
