import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { RELATION_INFO } from "../../client/src/gql/relations";
import { ID, openApp, searchParams, withCy } from "./support/app";
import { openBrowser, screenshot, type Session } from "./support/browser";
import { gql } from "./support/graphql";

interface ImpactAnswer {
  impact: {
    nodes: {
      depth: number;
      node: { id: string; kind: string; goal?: { id: string } };
      via: { inferred: boolean }[];
    }[];
  };
  node: { dependentCount: { direct: number; all: number; departments: number } };
}

const squash = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();

describe("impact: what is hit if Focus.IT slips", () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
  });
  afterAll(async () => {
    await s?.close();
  });

  it("shows only what the plan supports, hop by hop, with the defined counts, and highlights it", async () => {
    const { page } = s;
    const appUrl = inject("appUrl");
    const api = await gql<ImpactAnswer>(
      appUrl,
      `query ($id: ID!) {
        impact(id: $id, direction: DOWNSTREAM, maxDepth: 10) {
          nodes { depth node { id kind ... on Initiative { goal { id } } } via { inferred } }
        }
        node(id: $id) { dependentCount { direct all departments } }
      }`,
      { id: ID.focusIt },
    );
    const hit = api.impact.nodes;
    const expected = hit.map((n) => n.node.id).sort();
    // What the plan supports: IT-afdelingen's E and F, their initiatives, the theme they advance,
    // and Borgmestersekretariatet N by inference; nothing reached through a department or a party.
    const goals: string[] = [ID.itDigitalisering, ID.itRessource];
    expect(expected).toEqual(expect.arrayContaining([...goals, ID.borgmesterRaadhus]));
    for (const n of hit) {
      const supported =
        goals.includes(n.node.id) ||
        n.node.id === ID.borgmesterRaadhus ||
        n.node.kind === "THEME" ||
        (n.node.kind === "INITIATIVE" && goals.includes(n.node.goal?.id ?? ""));
      expect(supported, n.node.id).toBe(true);
    }
    expect(hit.filter((n) => n.node.kind === "INITIATIVE").length).toBeGreaterThan(0);
    expect(hit.filter((n) => n.node.kind === "THEME").length).toBeGreaterThan(0);
    for (const absent of [ID.intranet, ID.borgmesterIntranet, ID.personaleLoen]) expect(expected).not.toContain(absent);
    expect(hit.find((n) => n.node.id === ID.borgmesterRaadhus)?.via.every((v) => v.inferred)).toBe(true);
    // One count: "all dependents" is the impact at depth 10, "direct" its first step.
    expect(api.node.dependentCount.all).toBe(hit.length);
    expect(api.node.dependentCount.direct).toBe(hit.filter((n) => n.depth === 1).length);

    await openApp(page, appUrl);
    await page.getByRole("combobox", { name: "Søg i planen" }).fill("Focus.IT");
    await page
      .getByRole("region", { name: "Søgeresultater" })
      .locator("button.hit")
      .filter({ has: page.locator("strong", { hasText: /^Focus\.IT$/ }) })
      .first()
      .click();
    await page.getByRole("group", { name: "Panel" }).getByRole("button", { name: "Konsekvens" }).click();
    expect(searchParams(page).get("mode")).toBe("impact");
    await page.getByLabel("Dybde").selectOption("10");
    await expect.poll(() => searchParams(page).get("depth")).toBe("10");

    // Exactly the API's answer, no more, no less.
    const groups = page.getByTestId("impact-groups");
    await groups.waitFor();
    await expect
      .poll(async () =>
        (
          await groups
            .locator(".impact-item")
            .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.nodeId ?? ""))
        ).sort(),
      )
      .toEqual(expected);

    // The same defined numbers, labelled, with their definition as a tooltip.
    const panel = page.getByRole("region", { name: "Detaljer og analyse" });
    const counts = panel.getByTestId("dependent-counts");
    expect(squash(await counts.locator("[data-count=direct] dt").textContent())).toBe("Direkte afhængige");
    expect(squash(await counts.locator("[data-count=direct] dd").textContent())).toBe(
      String(api.node.dependentCount.direct),
    );
    expect(squash(await counts.locator("[data-count=all] dd").textContent())).toBe(String(api.node.dependentCount.all));
    expect(squash(await counts.locator("[data-count=all] dt").textContent())).toBe("Alle afhængige (transitivt)");
    expect(await counts.locator("[data-count=all]").getAttribute("title")).toMatch(/transitiv|via andre/);
    expect(await counts.locator("[data-count=direct]").getAttribute("title")).toMatch(/ét led/);
    expect(squash(await page.getByTestId("impact-summary").textContent())).toMatch(
      new RegExp(`^Vist her: ${hit.length} berørte noder i \\d+ afdelinger \\(dybde ≤ 10\\)\\.$`),
    );

    // Each hop reads as a sentence with the table's verb, and says which way the slip runs over it.
    const digitalisering = groups.locator(`.impact-item[data-node-id="${ID.itDigitalisering}"]`);
    const eHop = digitalisering.locator(".impact-via .hop").first();
    expect(squash(await eHop.locator(".hop-sentence").textContent())).toBe(
      `E. Digitaliseringsstrategi ${RELATION_INFO.USES.da.verb} Focus.IT`,
    );
    expect(await eHop.getAttribute("data-direction")).toBe("AGAINST");
    expect(await eHop.locator(".hop-dir").getAttribute("title")).toBe(
      "Mod relationens retning: fra »Focus.IT« til »E. Digitaliseringsstrategi«.",
    );

    const theme = groups.locator(".impact-item").filter({ has: page.getByTestId("impact-hub") });
    expect(await theme.count()).toBe(
      hit.filter((n) => ["THEME", "DEPARTMENT", "ORGANISATION"].includes(n.node.kind)).length,
    );
    expect(squash(await theme.first().getByTestId("impact-hub").textContent())).toBe("berørt (går ikke videre)");
    const themeHop = theme.first().locator(".impact-via .hop").first();
    expect(squash(await themeHop.locator(".hop-sentence").textContent())).toContain(RELATION_INFO.ADVANCES.da.verb);
    expect(await themeHop.getAttribute("data-direction")).toBe("ALONG");

    // Borgmestersekretariatet N only as the inferred item.
    const raadhus = groups.locator(`.impact-item[data-node-id="${ID.borgmesterRaadhus}"]`);
    expect(await raadhus.count()).toBe(1);
    expect(squash(await raadhus.getByTestId("impact-inferred").textContent())).toBe("udledt");
    expect(await groups.locator(".impact-item").getByTestId("impact-inferred").count()).toBe(
      hit.filter((n) => n.via.length > 0 && n.via.every((v) => v.inferred)).length,
    );
    for (const absent of ["Intranet", "Udnyttelse af IT"]) {
      expect(await groups.locator(".impact-item-head").filter({ hasText: absent }).count()).toBe(0);
    }

    // The chain of evidence opens with the plan's words.
    await digitalisering.locator("summary").click();
    await expect.poll(() => digitalisering.locator("blockquote").first().textContent()).toMatch(/Focus\.IT/);

    // The graph highlights the root and what it hits.
    await expect
      .poll(() =>
        withCy(
          page,
          (cy, ids) => ({
            root: cy.$(".hl-root").map((n) => n.id()),
            hit: ids.filter((id) => cy.getElementById(id).hasClass("hl-node")).sort(),
            faded: cy.$(".faded").length > 0,
          }),
          expected,
        ),
      )
      .toEqual({ root: [ID.focusIt], hit: expected, faded: true });
    await screenshot(page, "04-impact-focus-it");
    await theme.first().scrollIntoViewIfNeeded();
    await screenshot(page, "04b-impact-focus-it-theme");

    // Upstream and depth are part of the question (and of the URL).
    await page.getByRole("radio", { name: "Opstrøms" }).check({ force: true });
    await expect.poll(() => searchParams(page).get("dir")).toBe("up");
    await page.getByRole("radio", { name: "Nedstrøms" }).check({ force: true });
    await page.getByLabel("Dybde").selectOption("1");
    await expect.poll(() => searchParams(page).get("depth")).toBe("1");
    await page.getByTestId("impact-summary").waitFor();
    // At depth 1 the list is the direct dependents.
    await expect.poll(() => groups.locator(".impact-item").count()).toBe(api.node.dependentCount.direct);
    // The cut is explained in Danish, from the API's numbers.
    await expect
      .poll(() => panel.textContent())
      .toMatch(/Svaret er afkortet: dybde 1 er nået, og (mindst )?(1 node|\d+ noder) mere ligger længere nedstrøms/);
    expect(s.problems).toEqual([]);
  });
});
