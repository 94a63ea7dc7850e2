/**
 * Named views: a planner logs in from the header's "Visninger" menu, saves the current view
 * under a name, opens it again by its link from another view, and the graph shows the same
 * state (the same nodes, the same selection, the same settings); then deletes it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GraphDb } from "../../graph/driver.js";
import { ID, openApp, PLAN, searchParams, waitForGraph, withCy } from "./support/app";
import { openBrowser, screenshot, type Session } from "./support/browser";
import { plannerToken } from "./support/planner";

const NAME = "E2E: Focus.IT uden Borgmestersekretariatet";

describe("named views", () => {
  let s: Session;
  let db: GraphDb;
  const cleanUp = () =>
    db.write("remove-e2e-views", (tx) =>
      tx.run("MATCH (v:SavedView {planId: $planId}) WHERE v.name STARTS WITH 'E2E:' DELETE v", { planId: PLAN }),
    );
  beforeAll(async () => {
    db = GraphDb.connect({ uri: inject("neo4jUri"), user: "neo4j", password: "", txTimeoutMs: 30_000 });
    await cleanUp();
    s = await openBrowser();
  });
  afterAll(async () => {
    await s?.close();
    await cleanUp();
    await db.close();
  });

  it("saves the current view as a planner, opens it by its link, and the graph shows the same state", async () => {
    const { page } = s;
    const appUrl = inject("appUrl");
    const depts = [ID.it, ID.oekonomi, ID.personale].map((d) => `dept=${encodeURIComponent(d)}`).join("&");
    await openApp(page, appUrl, `?plan=${PLAN}&sel=${encodeURIComponent(ID.focusIt)}&layout=dagre&all=1&${depts}`);
    await expect.poll(() => withCy(page, (cy) => cy.$("node.selected").map((n) => n.id()), null)).toEqual([ID.focusIt]);
    const picture = () =>
      withCy(
        page,
        (cy) => ({
          nodes: cy
            .nodes()
            .map((n) => n.id())
            .sort(),
          edges: cy.edges().length,
          selected: cy.$("node.selected").map((n) => n.id()),
        }),
        null,
      );
    const before = await picture();
    const savedParams = searchParams(page);

    // A reader sees the menu, but no save form: a login instead.
    const menuButton = page.getByRole("button", { name: "Visninger" });
    await menuButton.click();
    const menu = page.getByTestId("views-menu");
    await menu.getByText("Kun planlæggere kan gemme og slette visninger.").waitFor();
    expect(await menu.getByRole("button", { name: "Gem visning" }).count()).toBe(0);
    await menu.getByRole("button", { name: "Log ind som planlægger" }).click();
    await menu.getByLabel("Token").fill(plannerToken(inject("neo4jUri")));
    await menu.getByRole("button", { name: "Log ind", exact: true }).click();
    await menu.getByText("Logget ind som e2e-planner (planner)").waitFor();
    await menu.getByLabel("Gem den aktuelle visning som").fill(NAME);
    await menu.getByRole("button", { name: "Gem visning" }).click();
    const link = menu.getByRole("link", { name: NAME });
    await link.waitFor();
    const href = (await link.getAttribute("href"))!;
    expect(new URLSearchParams(href).toString()).toBe(savedParams.toString());
    await screenshot(page, "named-views-menu");

    // Elsewhere: another view of the app, then the saved view by its link.
    await page.goto(`${appUrl}/?view=timeline&plan=${PLAN}`);
    await page.getByRole("button", { name: "Visninger" }).click();
    await page.getByTestId("views-menu").getByRole("link", { name: NAME }).click();
    await waitForGraph(page);
    expect(searchParams(page).toString()).toBe(savedParams.toString());
    await expect.poll(() => picture()).toEqual(before);
    expect(before.nodes.some((id) => id.startsWith(`${ID.borgmester}`))).toBe(false);
    expect(await page.getByLabel("Layout").inputValue()).toBe("dagre");

    // Anyone sees it through the API; the planner deletes it from the menu.
    await page.getByRole("button", { name: "Visninger" }).click();
    const again = page.getByTestId("views-menu");
    await again.getByRole("button", { name: `Slet visningen ${NAME}` }).click();
    await again.getByRole("link", { name: NAME }).waitFor({ state: "detached" });
    expect(s.problems).toEqual([]);
  });
});
