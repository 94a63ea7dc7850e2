/**
 * "Sammenlign" 2009 → 2010 (the fixture with planted changes): every planted change is on
 * screen, a planner corrects a match and puts it back; the 2008 → 2009 thread shows in the
 * view, on the timeline (with timings, history apart and what moves along), and a goal that
 * carries a status line on says "Fra 2008:" in its details.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GraphDb } from "../../graph/driver.js";
import { seedPlan } from "../../seeds/seed-plans.js";
import { PLAN } from "./support/app";
import { openBrowser, screenshot, type Session } from "./support/browser";
import { gql } from "./support/graphql";
import { plannerToken } from "./support/planner";

const LATER = "ltk-okf-2010";
const fixtures = path.resolve(import.meta.dirname, "../../seeds/fixtures");

interface Comparison {
  goals: { change: string; from: { id: string } | null; to: { id: string } | null }[];
  systemsRetired: { name: string }[];
  systemsIntroduced: { name: string }[];
  dependenciesAdded: { crossDepartment: boolean; from: { id: string }; to: { id: string } }[];
  milestonesMoved: { from: { id: string; date: string }; to: { id: string; date: string } }[];
}

describe("comparing plans, and the thread from 2008", () => {
  let s: Session;
  let db: GraphDb;
  beforeAll(async () => {
    db = GraphDb.connect({ uri: inject("neo4jUri"), user: "neo4j", password: "", txTimeoutMs: 30_000 });
    await seedPlan(db, {
      planFile: path.join(fixtures, "virksomhedsplan-2010.md"),
      factsFile: path.join(fixtures, "virksomhedsplan-2010.facts.yaml"),
    });
    s = await openBrowser();
  });
  afterAll(async () => {
    await s?.close();
    await db.write("remove", (tx) => tx.run("MATCH (n) WHERE n.planId = $planId DETACH DELETE n", { planId: LATER }));
    await db.write("corrections", (tx) => tx.run("MATCH (c:GoalMatchCorrection) DETACH DELETE c"));
    await db.close();
  });

  it("shows every planted change of 2010, and a planner corrects a match", async () => {
    const { page } = s;
    const appUrl = inject("appUrl");
    const { comparePlans: c } = await gql<{ comparePlans: Comparison }>(
      appUrl,
      `query { comparePlans(from: "${PLAN}", to: "${LATER}") { goals { change from { id } to { id } } systemsRetired { name } systemsIntroduced { name }
        dependenciesAdded { crossDepartment from { id } to { id } } milestonesMoved { from { id date } to { id date } } } }`,
    );
    await page.goto(`${appUrl}/?view=compare&plan=${LATER}&from=${PLAN}`);
    const view = page.getByRole("region", { name: "Sammenlign planer" });
    await view.getByTestId("compare-summary").waitFor();
    expect(await view.getByTestId("compare-summary").textContent()).toMatch(
      /^1 omdøbt · 1 flyttet · 0 nye · 0 udgået · \d+ videreført/,
    );

    // Goals by change: the renamed one and the one moved between departments, with their scores.
    const group = (name: string) => view.getByRole("region", { name, exact: true });
    const renamed = group("Omdøbt").locator("li.goal-change");
    expect(await renamed.count()).toBe(1);
    expect(await renamed.getAttribute("data-from")).toBe(`${PLAN}:it-afdelingen:e`);
    expect(await renamed.getAttribute("data-to")).toBe(`${LATER}:it-afdelingen:e`);
    expect(await renamed.getByTestId("match-score").textContent()).toMatch(/^match 0,\d\d$/);
    const moved = group("Flyttet").locator("li.goal-change");
    expect(await moved.getAttribute("data-from")).toBe(`${PLAN}:borgmestersekretariatet:h`);
    expect(await moved.getAttribute("data-to")).toBe(`${LATER}:oekonomiafdelingen:h`);
    expect(await moved.textContent()).toMatch(/Borgmestersekretariatet.*→.*Økonomiafdelingen/);
    expect(await group("Videreført").locator("li.goal-change").count()).toBe(
      c.goals.filter((g) => g.change === "CONTINUED").length,
    );

    // Systems retired; the new cross-department dependency first, with its sentence; the slipped milestone.
    const retired = view.getByRole("group", { name: "Udfaset" });
    expect((await retired.locator(".system-name").allTextContents()).sort()).toEqual(
      c.systemsRetired.map((x) => x.name).sort(),
    );
    expect(c.systemsRetired.map((x) => x.name)).toContain("ØS 2000 Light");
    const added = view.getByRole("group", { name: "Nye afhængigheder" }).locator("li");
    expect(await added.count()).toBe(c.dependenciesAdded.length);
    expect(await added.first().getAttribute("data-cross")).toBe("true");
    expect(await added.first().textContent()).toMatch(
      /IT-afdelingen D\..*afhænger af.*Økonomiafdelingen A\..*på tværs af afdelinger/,
    );
    expect(await added.first().locator("blockquote").textContent()).toContain("afventer");
    const move = view.locator(`tr[data-milestone="${c.milestonesMoved[0]!.to.id}"]`);
    expect(await move.locator("del").textContent()).toBe("1. juli 2009");
    expect(await move.locator("ins").textContent()).toBe("1. oktober 2010");
    expect(await move.locator("td.num").textContent()).toMatch(/^\d+ dage senere$/);
    await screenshot(page, "compare-1-goals-2009-2010");
    await move.scrollIntoViewIfNeeded();
    await screenshot(page, "compare-2-systems-dependencies-milestones");

    // A planner says the renamed goal has no counterpart, then puts the match back.
    await page.evaluate((t) => sessionStorage.setItem("plangraf.token", t), plannerToken(inject("neo4jUri")));
    await page.reload();
    await renamed.getByRole("button", { name: "Ret match" }).click();
    await renamed.getByLabel("Svarer i den senere plan til").selectOption("");
    await renamed.getByRole("button", { name: "Gem match" }).click();
    const dropped = group("Udgået").locator("li.goal-change");
    await expect.poll(() => dropped.getAttribute("data-from")).toBe(`${PLAN}:it-afdelingen:e`);
    expect(await dropped.textContent()).toContain("rettet af planlægger");
    expect(await group("Nyt").locator("li.goal-change").getAttribute("data-to")).toBe(`${LATER}:it-afdelingen:e`);
    await screenshot(page, "compare-3-corrected");
    await dropped.getByRole("button", { name: "Ret match" }).click();
    await dropped.getByLabel("Svarer i den senere plan til").selectOption(`${LATER}:it-afdelingen:e`);
    await dropped.getByRole("button", { name: "Gem match" }).click();
    await expect
      .poll(() => group("Omdøbt").locator("li.goal-change").getAttribute("data-from"))
      .toBe(`${PLAN}:it-afdelingen:e`);
    expect(s.problems).toEqual([]);
  });

  it("shows the 2008 → 2009 thread in the compare view and on the timeline, with timings, history and what moves along", async () => {
    const { page } = s;
    const appUrl = inject("appUrl");
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(`${appUrl}/?view=compare&plan=${PLAN}&from=${PLAN}`);
    const thread = page.getByTestId("status-thread");
    await thread.getByRole("heading", { name: "Tråden 2008 → 2009" }).waitFor();
    const carried = thread.locator(`li[data-status-item="${PLAN}:borgmestersekretariatet:status-2008:3"]`);
    expect(await carried.locator(".badge-outcome").textContent()).toBe("i gang");
    expect(await carried.locator(".thread-continues").textContent()).toMatch(
      /^Videreføres i: .*G\. Organisations- og ledelsesudvikling/,
    );
    await carried.scrollIntoViewIfNeeded();
    await screenshot(page, "compare-4-thread-2008-2009");

    await page.goto(`${appUrl}/?view=timeline&plan=${PLAN}&milestone=${PLAN}:milestone:ny-infrastruktur`);
    const table = page.getByRole("table");
    await table.waitFor();
    expect(await table.locator("[data-timing]").count()).toBe(await table.locator("tbody tr").count());
    const history = page.getByTestId("milestone-history");
    await history.locator("summary").click();
    expect(await history.locator("li").count()).toBeGreaterThan(10);
    expect(await history.locator("li").first().textContent()).toMatch(/^200[0-8]/);
    await expect
      .poll(() => page.getByTestId("what-if-moved").textContent())
      .toMatch(/Virtualisering af servermiljøet påbegyndes: 1\. juli 2009 → 31\. juli 2009/);
    expect(await page.getByTestId("status-thread").count()).toBe(1);
    await history.scrollIntoViewIfNeeded();
    await screenshot(page, "compare-5-timeline-timing-history");
  });

  it('says "Fra 2008:" on a goal that carries a status line on, and "Videreføres i:" on the line', async () => {
    const { page } = s;
    const appUrl = inject("appUrl");
    await page.goto(`${appUrl}/?plan=${PLAN}&sel=${PLAN}:borgmestersekretariatet:g`);
    const history = page.getByTestId("node-history");
    await history.getByRole("heading", { name: "Fra 2008:" }).waitFor();
    expect(await history.locator(".badge-outcome").first().textContent()).toBe("i gang");
    expect(await history.locator("blockquote").first().textContent()).toContain("konsolideret direktionsbetjeningen");
    await screenshot(page, "compare-6-details-fra-2008");
    await history.getByRole("button", { name: "Borgmestersekretariatet, status 2008" }).click();
    await page.getByTestId("node-history").getByRole("heading", { name: "Videreføres i:" }).waitFor();
    expect(await page.getByTestId("node-history").textContent()).toContain("G. Organisations- og ledelsesudvikling");
  });
});
