import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ID, openApp, searchParams, withCy } from "./support/app";
import { openBrowser, screenshot, type Session } from "./support/browser";
import { gql } from "./support/graphql";

describe("search: type OPUS, pick it, the graph centres on it and shows its details", () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
  });
  afterAll(async () => {
    await s?.close();
  });

  it("finds OPUS and opens it", async () => {
    const { page } = s;
    await openApp(page, inject("appUrl"));
    await screenshot(page, "01-graph-overview");
    const layoutRuns = await page.getAttribute("[data-testid=graph-canvas]", "data-layout-runs");

    await page.getByRole("combobox", { name: "Søg i planen" }).fill("OPUS");
    const results = page.getByRole("region", { name: "Søgeresultater" });
    const hit = results.locator("button.hit").filter({ has: page.locator("strong", { hasText: /^OPUS$/ }) });
    await hit.first().waitFor();
    expect(await results.locator("button.hit").count()).toBeGreaterThan(1);
    await expect.poll(() => results.locator("mark").first().textContent()).toMatch(/opus/i);
    await hit.first().click();

    // Details panel: the node's own heading, its dependents with evidence.
    await expect.poll(() => page.locator("#details-title").textContent()).toBe("OPUS");
    expect(
      await page.getByRole("region", { name: "Afhængige (rammes, hvis denne skrider)" }).locator("blockquote").count(),
    ).toBeGreaterThan(0);
    expect(searchParams(page).get("sel")).toBe(ID.opus);

    // Its owner in the plan's words, and the two defined dependents numbers (from the API).
    const api = await gql<{
      node: {
        owner: { name: string } | null;
        ownerEvidence: string | null;
        dependentCount: { direct: number; all: number };
      };
    }>(
      inject("appUrl"),
      `query ($id: ID!) { node(id: $id) { ... on System { owner { name } ownerEvidence } dependentCount { direct all } } }`,
      { id: ID.opus },
    );
    const details = page.locator("article.details");
    const owner = details.getByTestId("system-owner");
    if (api.node.owner) {
      expect((await owner.locator("p").first().textContent())?.replace(/\s+/g, " ").trim()).toBe(
        `Ansvarlig: ${api.node.owner.name}`,
      );
      expect(await owner.locator("blockquote").textContent()).toBe(`“${api.node.ownerEvidence}”`);
    } else {
      expect(await owner.textContent()).toBe("Planen nævner ingen ansvarlig afdeling.");
    }
    const counts = details.getByTestId("dependent-counts");
    expect(await counts.locator("[data-count=direct] dd").textContent()).toBe(String(api.node.dependentCount.direct));
    expect(await counts.locator("[data-count=all] dd").textContent()).toBe(String(api.node.dependentCount.all));
    expect(await counts.locator("[data-count=all] dt").textContent()).toBe("Alle afhængige (transitivt)");

    // The model: OPUS selected and brought to the middle of the canvas, without a new layout.
    await expect
      .poll(() =>
        withCy(
          page,
          (cy, id) => {
            const n = cy.getElementById(id);
            const p = n.renderedPosition();
            return {
              selected: cy.$("node.selected").map((x) => x.id()),
              centred: Math.abs(p.x - cy.width() / 2) < 40 && Math.abs(p.y - cy.height() / 2) < 40,
              zoom: cy.zoom(),
            };
          },
          ID.opus,
        ),
      )
      .toMatchObject({ selected: [ID.opus], centred: true });
    expect(await page.getAttribute("[data-testid=graph-canvas]", "data-layout-runs")).toBe(layoutRuns);
    await screenshot(page, "02-search-opus-details");

    // Clicking a neighbour in the panel moves there.
    const neighbour = page
      .getByRole("region", { name: "Afhængige (rammes, hvis denne skrider)" })
      .locator("button.node-link")
      .first();
    const name = (await neighbour.textContent())?.trim();
    await neighbour.click();
    await expect.poll(() => page.locator("#details-title").textContent()).toBe(name);
    expect(s.problems).toEqual([]);
  });
});
