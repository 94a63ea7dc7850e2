import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ID, PLAN, searchParams } from "./support/app";
import { openBrowser, screenshot, type Session } from "./support/browser";
import { gql } from "./support/graphql";

interface Cell {
  from: { id: string; name: string };
  to: { id: string; name: string };
  count: number;
  stated: number;
  viaSystem: number;
  inferred: number;
}

const matrix = async (appUrl: string, include: string[]) =>
  (
    await gql<{ dependencyMatrix: { include: string[]; cells: Cell[] } }>(
      appUrl,
      `query ($planId: ID, $include: [DependencyBasis!]) {
        dependencyMatrix(planId: $planId, include: $include) {
          include
          cells { from { id name } to { id name } count stated viaSystem inferred }
        }
      }`,
      { planId: PLAN, include },
    )
  ).dependencyMatrix;

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
      .poll(() =>
        page.getByRole("heading", { level: 2, name: "Personaleafdelingen afhænger af Økonomiafdelingen" }).count(),
      )
      .toBe(1);
    await screenshot(page, "05-matrix-cell");
    expect(s.problems).toEqual([]);
  });

  it("counts what the plan states, adds the inferred dependencies on request, and says what each rests on", async () => {
    const { page } = s;
    const appUrl = inject("appUrl");
    const stated = await matrix(appUrl, ["STATED", "VIA_SYSTEM"]);
    const all = await matrix(appUrl, ["STATED", "VIA_SYSTEM", "INFERRED"]);
    const key = (c: Cell) => `${c.from.id}|${c.to.id}`;
    const withInferred = new Map(all.cells.map((c) => [key(c), c]));
    // A cell that changes when inferred dependencies are counted (the seed plan has some).
    const cell = stated.cells.find((c) => c.count > 0 && c.inferred > 0);
    expect(cell, "a cell with stated and inferred dependencies").toBeDefined();
    const target = cell!;
    expect(withInferred.get(key(target))?.count).toBe(target.count + target.inferred);
    expect(target.count).toBe(target.stated + target.viaSystem);

    await page.goto(`${appUrl}/?view=matrix`);
    const table = page.locator("table.matrix-table");
    await table.waitFor();
    const toggle = page.getByRole("checkbox", { name: "Medtag udledte" });
    expect(await toggle.isChecked()).toBe(false);
    const shownCounts = async () =>
      Object.fromEntries(
        await table.locator("button.cell-button").evaluateAll((els) =>
          els
            .map((e) => e as HTMLElement)
            .filter((e) => e.dataset.from !== e.dataset.to)
            .map((e) => [`${e.dataset.from}|${e.dataset.to}`, Number(e.textContent)] as const),
        ),
      );
    const expectedCounts = (cells: Cell[]) => Object.fromEntries(cells.map((c) => [key(c), c.count]));
    await expect.poll(shownCounts).toEqual(expectedCounts(stated.cells));

    // Hover (and keyboard focus) tell what the count rests on.
    const cellButton = `button.cell-button[data-from="${target.from.id}"][data-to="${target.to.id}"]`;
    const button = table.locator(cellButton);
    await button.hover();
    const tip = table.locator("td", { has: page.locator(cellButton) }).getByTestId("cell-split");
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(
      `Angivet ${target.stated} · Via system ${target.viaSystem} · Udledt ${target.inferred} (udledte er ikke talt med)`,
    );
    expect(await button.getAttribute("aria-describedby")).toBe(await tip.getAttribute("id"));
    await page.mouse.move(0, 0);
    await button.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);

    // The cell's list: what it counts, each with its basis.
    await button.click();
    const list = page.getByTestId("cell-dependencies");
    const items = list.locator(":scope > li");
    await expect.poll(() => items.count()).toBe(target.count);
    const bases = async () =>
      list
        .locator("[data-basis].badge")
        .evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.basis, e.textContent ?? ""]));
    let shown = await bases();
    expect(shown.filter(([b]) => b === "STATED").length).toBe(target.stated);
    expect(shown.filter(([b]) => b === "VIA_SYSTEM").length).toBe(target.viaSystem);
    expect(shown.filter(([b]) => b === "INFERRED").length).toBe(0);
    for (const [b, text] of shown) {
      if (b === "STATED") expect(text).toBe("Angivet");
      if (b === "VIA_SYSTEM") expect(text).toMatch(/^Via system: \S/);
    }
    expect(await page.getByTestId("cell-deps-split").textContent()).toContain(
      `Angivet ${target.stated} · Via system ${target.viaSystem} · Udledt ${target.inferred}`,
    );

    // Inferred on: the URL keeps it, the counts and the list grow by exactly the inferred ones.
    await toggle.check();
    await expect.poll(() => searchParams(page).get("inferred")).toBe("1");
    await expect.poll(shownCounts).toEqual(expectedCounts(all.cells));
    await expect.poll(() => items.count()).toBe(target.count + target.inferred);
    shown = await bases();
    expect(shown.filter(([b]) => b === "INFERRED").map(([, text]) => text)).toEqual(
      Array(target.inferred).fill("Udledt"),
    );
    await button.hover();
    expect(await tip.textContent()).toBe(
      `Angivet ${target.stated} · Via system ${target.viaSystem} · Udledt ${target.inferred}`,
    );
    await screenshot(page, "12-matrix-inferred");

    // A permalink restores it.
    await page.reload();
    await table.waitFor();
    expect(await page.getByRole("checkbox", { name: "Medtag udledte" }).isChecked()).toBe(true);
    await expect.poll(shownCounts).toEqual(expectedCounts(all.cells));

    // Off again: back to what the plan states.
    await page.getByRole("checkbox", { name: "Medtag udledte" }).uncheck();
    await expect.poll(() => searchParams(page).get("inferred")).toBeNull();
    await expect.poll(shownCounts).toEqual(expectedCounts(stated.cells));
    await expect.poll(() => items.count()).toBe(target.count);
    await screenshot(page, "13-matrix-stated");
    expect(s.problems).toEqual([]);
  });
});
