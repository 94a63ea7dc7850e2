/**
 * With a second plan in the graph (another municipality and year), the newest is shown by
 * default, the header offers a choice, and every node drawn belongs to the chosen plan.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GraphDb } from "../../graph/driver.js";
import { SEED_PLANS, seedPlan } from "../../seeds/seed-plans.js";
import { openApp, PLAN, searchParams, waitForGraph, withCy } from "./support/app";
import { openBrowser, type Session } from "./support/browser";

const OTHER = "sbk-tmf-2012";
const fixtures = path.resolve(import.meta.dirname, "../../seeds/fixtures");

describe("choosing a plan", () => {
  let s: Session;
  let db: GraphDb;
  beforeAll(async () => {
    db = GraphDb.connect({ uri: inject("neo4jUri"), user: "neo4j", password: "", txTimeoutMs: 30_000 });
    await seedPlan(db, {
      planFile: path.join(fixtures, "solbjerg-tmf-2012.md"),
      factsFile: path.join(fixtures, "solbjerg-tmf-2012.facts.yaml"),
    });
    s = await openBrowser();
  });
  afterAll(async () => {
    await s?.close();
    await db.write("remove", (tx) => tx.run("MATCH (n:Entity {planId: $planId}) DETACH DELETE n", { planId: OTHER }));
    await seedPlan(db, SEED_PLANS[0]!);
    await db.close();
  });

  it("shows the newest plan, and only the chosen plan's nodes", async () => {
    const { page } = s;
    await openApp(page, inject("appUrl"));
    const choice = page.getByRole("combobox", { name: "Vælg plan" });
    await expect.poll(() => choice.inputValue()).toBe(OTHER);
    await waitForGraph(page);
    const planOf = () => withCy(page, (cy) => [...new Set(cy.nodes().map((n) => String(n.id()).split(":")[0]))], null);
    await expect.poll(planOf).toEqual([OTHER]);

    await choice.selectOption(PLAN);
    await expect.poll(() => searchParams(page).get("plan")).toBe(PLAN);
    await expect.poll(planOf).toEqual([PLAN]);
  });
});
