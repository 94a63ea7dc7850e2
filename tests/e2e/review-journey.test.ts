/**
 * Import → review → export: a plan imported with the server's own code (no facts file) has
 * suggestions; in the browser a planner logs in with a token, accepts one, rejects one, edits
 * one (and accepts it), meets a CONFLICT when another planner got there first, and
 * facts:export then writes the accepted facts and not the rejected one.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import { GraphDb } from "../../graph/driver.js";
import { importPlan } from "../../seeds/import/import-plan.js";
import { exportPlanFacts } from "../../seeds/suggest/export-cli.js";
import { openBrowser, screenshot, type Session } from "./support/browser";
import { gql } from "./support/graphql";
import { gqlAs, plannerToken } from "./support/planner";

const PLAN = "e2e-import-sbk-2012";
const fixture = path.resolve(import.meta.dirname, "../../seeds/fixtures/solbjerg-tmf-2012.md");

interface Suggestion {
  id: string;
  kind: string;
  label: string;
  rule: string;
  status: string;
}

describe("import, review in the browser, export", () => {
  let s: Session;
  let db: GraphDb;
  let token: string;
  let all: Suggestion[];
  beforeAll(async () => {
    db = GraphDb.connect({ uri: inject("neo4jUri"), user: "neo4j", password: "", txTimeoutMs: 30_000 });
    await importPlan(db, { file: fixture, planId: PLAN });
    token = plannerToken(inject("neo4jUri"));
    ({ suggestions: all } = await gql<{ suggestions: Suggestion[] }>(
      inject("appUrl"),
      `query ($p: ID!) { suggestions(planId: $p) { id kind label rule status } }`,
      { p: PLAN },
    ));
    s = await openBrowser();
  });
  afterAll(async () => {
    await s?.close();
    await db.write("remove", (tx) => tx.run("MATCH (n) WHERE n.planId = $planId DETACH DELETE n", { planId: PLAN }));
    await db.close();
  });

  it("accepts, rejects and edits suggestions as a planner; a CONFLICT is shown; the export holds what was accepted", async () => {
    const { page } = s;
    const appUrl = inject("appUrl");
    const byLabel = (label: string) => all.find((x) => x.label === label)!;
    const geoplan = byLabel("GeoPlan");
    const digital = byLabel("Digital forvaltning");
    const kortdata = byLabel("Kortdata A/S");
    const borger = byLabel("Borgerportalen");
    expect([geoplan, digital, kortdata, borger].every(Boolean)).toBe(true);

    await page.goto(`${appUrl}/?view=review&plan=${PLAN}`);
    const view = page.getByRole("region", { name: "Gennemgang af foreslåede fakta" });
    await view.getByRole("heading", { name: "Foreslåede fakta" }).waitFor();
    // Every open suggestion is listed, grouped by kind and rule, with its passage marked.
    await expect.poll(() => view.locator("li.suggestion").count()).toBe(all.length);
    expect(await view.getByRole("button", { name: "Godkend", exact: true }).count()).toBe(0);
    const card = (id: string) => view.locator(`li[data-suggestion="${id}"]`);
    const statusOf = async (id: string) =>
      `${await card(id).getAttribute("data-status")}${(await card(id).getByRole("alert").allTextContents()).map((a) => ` ${a}`).join("")}`;
    expect(await card(geoplan.id).locator("mark").first().textContent()).toBe("GeoPlan");
    expect(await card(geoplan.id).locator("cite").textContent()).toContain("Vejafdelingen");
    expect(await view.getByRole("region", { name: `Regel ${geoplan.rule}` }).count()).toBe(1);

    // Log in as planner with a pasted token.
    await view.getByRole("button", { name: "Log ind som planlægger" }).click();
    await view.getByLabel("Token").fill(token);
    await view.getByRole("button", { name: "Log ind", exact: true }).click();
    await view.getByText("Logget ind som e2e-planner (planner)").waitFor();

    // Accept one.
    await card(geoplan.id).getByRole("button", { name: "Godkend", exact: true }).click();
    await expect.poll(() => statusOf(geoplan.id), { timeout: 10_000 }).toBe("ACCEPTED");
    // Reject one.
    await card(digital.id).getByRole("button", { name: "Afvis" }).click();
    await expect.poll(() => statusOf(digital.id), { timeout: 10_000 }).toBe("REJECTED");
    // Edit one (its name), then accept it.
    await card(kortdata.id).getByRole("button", { name: "Ret", exact: true }).click();
    const form = card(kortdata.id).getByRole("form");
    await form.getByLabel("Navn eller dato").fill("Kortdata");
    await form.getByRole("button", { name: "Gem rettelsen" }).click();
    await expect
      .poll(
        async () => (await card(kortdata.id).locator(".suggestion-label, [role=alert]").allTextContents()).join(" | "),
        { timeout: 10_000 },
      )
      .toBe("Kortdata");
    await card(kortdata.id).getByRole("button", { name: "Godkend", exact: true }).click();
    await expect.poll(() => statusOf(kortdata.id), { timeout: 10_000 }).toBe("ACCEPTED");
    await screenshot(page, "review-1-queue");

    // Another planner accepts Borgerportalen first: this one's click is refused with CONFLICT, and said so.
    await gqlAs(
      appUrl,
      plannerToken(inject("neo4jUri"), "e2e-other"),
      `mutation ($id: ID!) { acceptSuggestion(id: $id) { id } }`,
      { id: borger.id },
    );
    await card(borger.id).getByRole("button", { name: "Godkend", exact: true }).click();
    await expect.poll(() => card(borger.id).getByRole("alert").textContent()).toMatch(/CONFLICT/);
    await expect
      .poll(() => statusOf(borger.id), { timeout: 10_000 })
      .toMatch(/^ACCEPTED En anden har allerede behandlet/);
    await card(borger.id).scrollIntoViewIfNeeded();
    await screenshot(page, "review-2-conflict");

    // The filter shows what was accepted.
    await view.getByRole("button", { name: "Godkendte" }).click();
    await expect
      .poll(async () => (await view.locator("li.suggestion .suggestion-label").allTextContents()).sort())
      .toEqual(["Borgerportalen", "GeoPlan", "Kortdata"]);
    expect(s.problems.filter((p) => !/409|status of 4\d\d/.test(p))).toEqual([]);

    // facts:export (through its module) writes the reviewed facts: the accepted ones, not the rejected.
    const file = path.join(mkdtempSync(path.join(tmpdir(), "plangraf-export-")), `${PLAN}.facts.yaml`);
    writeFileSync(file, await exportPlanFacts(db, PLAN));
    const facts = parse(readFileSync(file, "utf8")) as {
      systems?: { name: string }[];
      organisations?: { name: string }[];
    };
    expect(facts.systems?.map((x) => x.name)).toEqual(expect.arrayContaining(["GeoPlan", "Borgerportalen"]));
    expect(facts.organisations?.map((x) => x.name)).toContain("Kortdata");
    expect(JSON.stringify(facts)).not.toContain("Digital forvaltning");
  });
});
