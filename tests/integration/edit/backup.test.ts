/** A whole plan exported, wiped, restored and exported again: the two exports are equal. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDb } from "../../../graph/driver.js";
import { exportPlan, parseBackup, restorePlan } from "../../../graph/repositories/backup.repository.js";
import { testDb } from "../../helpers/graph.js";
import { loadSeedPlan, SEED_PLAN_ID } from "../../helpers/seed.js";
import { removePlan } from "../../helpers/fixture-plan.js";

describe("plan backup", () => {
  let db: GraphDb;
  beforeAll(async () => {
    db = testDb();
    await loadSeedPlan(db);
  });
  afterAll(async () => {
    await loadSeedPlan(db);
    await db.close();
  });

  it("round-trips the 2009 plan losslessly through JSON", async () => {
    const first = await exportPlan(db, SEED_PLAN_ID);
    expect(first.nodes.length).toBeGreaterThan(250);
    const json = JSON.parse(JSON.stringify(first));
    await removePlan(db, SEED_PLAN_ID);
    expect((await exportPlan(db, SEED_PLAN_ID)).nodes).toEqual([]);
    const counts = await restorePlan(db, parseBackup(json));
    expect(counts).toEqual({ nodes: first.nodes.length, edges: first.edges.length });
    const second = await exportPlan(db, SEED_PLAN_ID);
    expect({ ...second, exportedAt: "" }).toEqual({ ...first, exportedAt: "" });
  });

  it.each([
    ["not a backup", { hello: 1 }, /format/],
    ["an unknown node kind", { format: "plangraf-plan-backup", formatVersion: 1, planId: "p", exportedAt: "", nodes: [{ id: "p:x", kind: "Spaceship", planId: "p" }], edges: [] }, /nodes\.0\.kind/],
    ["a node of another plan", { format: "plangraf-plan-backup", formatVersion: 1, planId: "p", exportedAt: "", nodes: [{ id: "q:x", kind: "Goal", planId: "q" }], edges: [] }, /belongs to plan q/],
    ["an unknown relationship type", { format: "plangraf-plan-backup", formatVersion: 1, planId: "p", exportedAt: "", nodes: [], edges: [{ from: "a", to: "b", type: "HACKS", props: {} }] }, /edges\.0\.type/],
  ])("refuses %s before writing anything", (_label, input, message) => {
    expect(() => parseBackup(input)).toThrow(message);
  });

  it("writes nothing when an edge points outside the backup", async () => {
    const before = await exportPlan(db, SEED_PLAN_ID);
    const broken = { ...before, edges: [...before.edges, { from: `${SEED_PLAN_ID}:it-afdelingen`, to: "elsewhere:x", type: "USES" as const, props: {} }] };
    await expect(restorePlan(db, parseBackup(broken))).rejects.toThrow(/outside the backup/);
    const after = await exportPlan(db, SEED_PLAN_ID);
    expect(after.nodes.length).toBe(before.nodes.length);
  });
});
