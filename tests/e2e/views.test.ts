import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ID, PLAN, openApp, searchParams } from "./support/app";
import { openBrowser, screenshot, type Session } from "./support/browser";
import { gql } from "./support/graphql";

interface SystemRow {
  id: string;
  name: string;
  owner: { name: string } | null;
  ownerEvidence: string | null;
  dependentCount: { direct: number; all: number; departments: number };
}

const squash = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();

describe("views for IT planners and the direktion", () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
  });
  afterAll(async () => {
    await s?.close();
  });

  it("system view: every system with its owner and dependents; everything linked to Focus.IT, by department", async () => {
    const { page } = s;
    const appUrl = inject("appUrl");
    const { systems } = await gql<{ systems: SystemRow[] }>(
      appUrl,
      `query ($planId: ID) { systems(planId: $planId) { id name owner { name } ownerEvidence dependentCount { direct all departments } } }`,
      { planId: PLAN },
    );
    await page.goto(`${appUrl}/?view=systems`);
    const list = page.getByRole("table", { name: "Systemer" });
    await list.waitFor();
    // Every system, its owner (or that none is named) and the two defined numbers, as the API gives them.
    const rows = await list.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({
        id: (tr as HTMLElement).dataset.system ?? "",
        owner: tr.querySelector("td.owner")?.textContent ?? "",
        direct: Number(tr.querySelector("[data-count=direct]")?.textContent),
        all: Number(tr.querySelector("[data-count=all]")?.textContent),
      })),
    );
    expect(rows.map((r) => r.id).sort()).toEqual(systems.map((x) => x.id).sort());
    for (const row of rows) {
      const system = systems.find((x) => x.id === row.id)!;
      expect(row, system.name).toEqual({
        id: system.id,
        owner: system.owner?.name ?? "ikke nævnt",
        direct: system.dependentCount.direct,
        all: system.dependentCount.all,
      });
    }
    expect(await list.locator("thead th[title]").allTextContents()).toEqual([
      "Direkte afhængige",
      "Alle afhængige (transitivt)",
    ]);

    await page.getByRole("button", { name: /^Focus\.IT/ }).click();
    expect(searchParams(page).get("system")).toBe(ID.focusIt);
    const links = page.getByRole("region", { name: "Systemets forbindelser" });
    await links.getByRole("heading", { level: 2, name: "Focus.IT" }).waitFor();
    await links.getByRole("region", { name: "IT-afdelingen" }).waitFor();
    expect(await links.locator("blockquote").count()).toBeGreaterThan(0);
    const focus = systems.find((x) => x.id === ID.focusIt)!;
    expect(focus.owner).not.toBeNull();
    expect(squash(await links.getByTestId("system-owner").locator("p").textContent())).toBe(
      `Ansvarlig: ${focus.owner!.name}`,
    );
    expect(await links.getByTestId("system-owner").locator("blockquote").textContent()).toBe(
      `“${focus.ownerEvidence}”`,
    );
    expect(await links.getByTestId("dependent-counts").locator("[data-count=direct] dd").textContent()).toBe(
      String(focus.dependentCount.direct),
    );
    expect(await links.getByTestId("dependent-counts").locator("[data-count=all] dd").textContent()).toBe(
      String(focus.dependentCount.all),
    );
    // The number of linked edges is labelled for what it is, not as dependents.
    const summary = links.getByTestId("system-summary");
    expect(await summary.textContent()).toMatch(/^Koblinger: \d+, fordelt på \d+ afdelinger\.$/);
    expect(await summary.getAttribute("title")).toMatch(/ikke det samme som afhængige/);
    // Relations read as sentences with the table's verbs.
    expect(squash(await links.locator(".hop-sentence").first().textContent()).length).toBeGreaterThan(10);
    await screenshot(page, "07-systems-focus-it");

    // A system whose owner the plan does not name says so.
    const unowned = systems.find((x) => !x.owner);
    if (unowned) {
      await list
        .getByRole("button", { name: new RegExp(`^${unowned.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) })
        .first()
        .click();
      await links.getByRole("heading", { level: 2, name: unowned.name }).waitFor();
      expect(await links.getByTestId("system-owner").textContent()).toBe("Planen nævner ingen ansvarlig afdeling.");
      await page.getByRole("button", { name: /^Focus\.IT/ }).click();
      await links.getByRole("heading", { level: 2, name: "Focus.IT" }).waitFor();
    }

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
    // The same defined numbers as everywhere: labelled, explained, and equal to the node's own count.
    expect(await table.locator("thead th[title]").evaluateAll((ths) => ths.map((th) => th.textContent))).toEqual(
      expect.arrayContaining(["Alle afhængige (transitivt)", "Direkte afhængige"]),
    );
    const { keyNodes } = await gql<{
      keyNodes: {
        dependents: number;
        directDependents: number;
        node: { id: string; dependentCount: { direct: number; all: number } };
      }[];
    }>(
      inject("appUrl"),
      `query ($planId: ID) { keyNodes(planId: $planId, limit: 25) { dependents directDependents node { id dependentCount { direct all } } } }`,
      { planId: PLAN },
    );
    expect(dependents).toEqual(keyNodes.map((k) => k.dependents));
    expect((await table.locator("tbody tr td:nth-child(5)").allTextContents()).map(Number)).toEqual(
      keyNodes.map((k) => k.directDependents),
    );
    for (const k of keyNodes)
      expect([k.dependents, k.directDependents]).toEqual([k.node.dependentCount.all, k.node.dependentCount.direct]);
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
    const api = await pathOf(inject("appUrl"), ID.itRessource, ID.focusIt, false);
    await expectPathShown(page, api);
    await screenshot(page, "09-path-dagre");

    for (const [label, ext] of [
      ["PNG", "png"],
      ["SVG", "svg"],
      ["JSON", "json"],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: label, exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`plangraf-graf.${ext}`);
    }
    expect(s.problems).toEqual([]);
  });

  it("path: each step with its direction and whether a slip travels it; hubs only when asked", async () => {
    const { page } = s;
    const appUrl = inject("appUrl");
    const from = ID.personaleLoen;
    const without = await pathOf(appUrl, from, ID.focusIt, false);
    const through = await pathOf(appUrl, from, ID.focusIt, true);
    await openApp(page, appUrl, `?sel=${encodeURIComponent(from)}&to=${encodeURIComponent(ID.focusIt)}&mode=path`);
    const hubs = page.getByRole("checkbox", { name: "Gå gennem afdelinger og parter" });
    expect(await hubs.isChecked()).toBe(false);
    await expectPathShown(page, without);
    // Without hubs, the path never goes through a department, organisation or theme.
    expect(
      without!.steps.every(
        (step) => !["DEPARTMENT", "ORGANISATION", "THEME"].includes(step.to.kind) || step === without!.steps.at(-1),
      ),
    ).toBe(true);
    await screenshot(page, "14-path-directions");

    await hubs.check();
    await expect.poll(() => searchParams(page).get("hubs")).toBe("1");
    await expectPathShown(page, through);
    await hubs.uncheck();
    await expect.poll(() => searchParams(page).get("hubs")).toBeNull();
    await expectPathShown(page, without);
    expect(s.problems).toEqual([]);
  });
});

interface PathAnswer {
  length: number;
  way: "DOWNSTREAM" | "UPSTREAM" | null;
  nodes: { name: string; kind: string; letter?: string }[];
  steps: { direction: string; carriesSlip: boolean; to: { kind: string }; edge: { id: string } }[];
}

async function pathOf(appUrl: string, from: string, to: string, allowHubs: boolean): Promise<PathAnswer | null> {
  return (
    await gql<{ path: PathAnswer | null }>(
      appUrl,
      `query ($from: ID!, $to: ID!, $allowHubs: Boolean) {
        path(from: $from, to: $to, allowHubs: $allowHubs) {
          length way nodes { name kind ... on Goal { letter } }
          steps { direction carriesSlip to { kind } edge { id } }
        }
      }`,
      { from, to, allowHubs },
    )
  ).path;
}

/** The path panel shows the API's steps in order, each with its direction and slip, and the way sentence. */
async function expectPathShown(page: Page, api: PathAnswer | null): Promise<void> {
  expect(api).not.toBeNull();
  const path = api!;
  const items = page.locator(".path-list > li");
  await expect
    .poll(() =>
      items.evaluateAll((lis) =>
        lis.map((li) => [(li as HTMLElement).dataset.direction, (li as HTMLElement).dataset.slip]),
      ),
    )
    .toEqual(path.steps.map((step) => [step.direction, String(step.carriesSlip)]));
  const glyph = { ALONG: "→", AGAINST: "←", SYMMETRIC: "↔" } as Record<string, string>;
  expect(await items.locator(".hop-dir > [aria-hidden]").allTextContents()).toEqual(
    path.steps.map((step) => glyph[step.direction]),
  );
  expect(await items.locator(".hop > .badge").allTextContents()).toEqual(
    path.steps.map((step) => (step.carriesSlip ? "forsinkelse går videre" : "ingen forsinkelse videre")),
  );
  const name = (n: PathAnswer["nodes"][number]) => (n.kind === "GOAL" && n.letter ? `${n.letter}. ${n.name}` : n.name);
  const first = path.nodes[0]!;
  const last = path.nodes.at(-1)!;
  const way =
    path.way === "DOWNSTREAM"
      ? `Skrider »${name(first)}«, rammes »${name(last)}« ad denne sti.`
      : path.way === "UPSTREAM"
        ? `»${name(first)}« har ad denne sti brug for »${name(last)}«: skrider »${name(last)}«, rammes »${name(first)}«.`
        : "Stien forbinder dem, men en forsinkelse løber ikke hele vejen.";
  expect(await page.getByTestId("path-way").textContent()).toBe(way);
}
