/**
 * Named views through the whole GraphQL stack against the real Neo4j: save, list, replace,
 * a stale version refused with CONFLICT, delete, readers refused, every write audited, and a
 * plan reload that leaves the views alone. Each test run has its own plan and cleans it up.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDb } from "../../../graph/driver.js";
import { auditLog } from "../../../graph/repositories/audit.repository.js";
import { ANONYMOUS, PLANNER, READER, testApi } from "../../helpers/api.js";
import { loadFixturePlan, removePlan } from "../../helpers/fixture-plan.js";
import { testDb } from "../../helpers/graph.js";
import { operation } from "../../helpers/operation.js";

const planId = "test-views";
interface SavedView {
  id: string;
  planId: string;
  name: string;
  url: string;
  createdBy: string;
  createdAt: string;
  version: number;
}
type ViewInput = { planId: string; id?: string; version?: number; name: string; url: string };
const SAVE = operation<{ saveView: SavedView }, { input: ViewInput }>(
  `mutation Save($input: SaveViewInput!) { saveView(input: $input) { id planId name url createdBy createdAt version } }`,
);
const LIST = operation<{ views: Omit<SavedView, "planId" | "createdAt">[] }, { planId: string }>(
  `query Views($planId: ID!) { views(planId: $planId) { id name url createdBy version } }`,
);
const DELETE = operation<{ deleteView: { deletedIds: string[] } }, { id: string; version: number }>(
  `mutation Delete($id: ID!, $version: Int!) { deleteView(id: $id, version: $version) { deletedIds } }`,
);

const removeViews = (db: GraphDb) =>
  db.write("remove-views", (tx) => tx.run("MATCH (v:SavedView {planId: $planId}) DELETE v", { planId }));

describe("named views", () => {
  let db: GraphDb;
  let api: Awaited<ReturnType<typeof testApi>>;
  beforeAll(async () => {
    db = testDb();
    api = await testApi(db);
    await removeViews(db);
    await removePlan(db, planId);
    await loadFixturePlan(db, planId);
  });
  afterAll(async () => {
    await removeViews(db);
    await removePlan(db, planId);
    await api.stop();
    await db.close();
  });

  it("saves, lists, replaces, refuses a stale version and deletes, each write audited", async () => {
    const saved = await api.run(
      SAVE,
      { input: { planId, name: "  Matrix med antagede ", url: "?view=matrix&inferred=1" } },
      PLANNER,
    );
    expect(saved.errors).toBeUndefined();
    const view = saved.data!.saveView;
    expect(view).toMatchObject({
      planId,
      name: "Matrix med antagede",
      url: "?view=matrix&inferred=1",
      createdBy: PLANNER.id,
      version: 1,
    });
    expect(view.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await api.run(SAVE, { input: { planId, name: "Alle noder", url: "?all=1" } }, PLANNER);

    const listed = await api.run(LIST, { planId }, ANONYMOUS);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.views.map((v) => v.name)).toEqual(["Alle noder", "Matrix med antagede"]);

    const replaced = await api.run(
      SAVE,
      { input: { planId, id: view.id, version: 1, name: "Matrix", url: "?view=matrix" } },
      PLANNER,
    );
    expect(replaced.data!.saveView).toMatchObject({ id: view.id, name: "Matrix", url: "?view=matrix", version: 2 });

    const stale = await api.run(
      SAVE,
      { input: { planId, id: view.id, version: 1, name: "Igen", url: "?view=matrix" } },
      PLANNER,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const staleDelete = await api.run(DELETE, { id: view.id, version: 1 }, PLANNER);
    expect(staleDelete.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const deleted = await api.run(DELETE, { id: view.id, version: 2 }, PLANNER);
    expect(deleted.data!.deleteView).toEqual({ deletedIds: [view.id] });
    expect((await api.run(LIST, { planId })).data!.views.map((v) => v.name)).toEqual(["Alle noder"]);
    expect((await api.run(DELETE, { id: view.id, version: 2 }, PLANNER)).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );

    const trail = await auditLog(db, { nodeId: view.id, since: null, limit: 10 });
    expect(trail.map((e) => [e.action, e.kind, e.actor, e.planId])).toEqual([
      ["delete", "SavedView", PLANNER.id, planId],
      ["update", "SavedView", PLANNER.id, planId],
      ["create", "SavedView", PLANNER.id, planId],
    ]);
    expect(JSON.parse(trail[1]!.before)).toMatchObject({ name: "Matrix med antagede", version: 1 });
    expect(JSON.parse(trail[1]!.after)).toMatchObject({ name: "Matrix", version: 2 });
  });

  it("refuses a second view of the same name, and one for a plan that does not exist", async () => {
    await api.run(SAVE, { input: { planId, name: "Dublet", url: "?view=timeline" } }, PLANNER);
    expect(
      (await api.run(SAVE, { input: { planId, name: "Dublet", url: "?view=graph" } }, PLANNER)).errors?.[0]?.extensions
        ?.code,
    ).toBe("CONFLICT");
    expect(
      (await api.run(SAVE, { input: { planId: "no-such-plan", name: "X", url: "?view=graph" } }, PLANNER)).errors?.[0]
        ?.extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "planId" });
  });

  it.each([
    ["an empty name", { name: "   ", url: "?view=graph" }, "name"],
    ["a name of 121 characters", { name: "x".repeat(121), url: "?view=graph" }, "name"],
    ["an address instead of a query string", { name: "Ond", url: "https://example.org/?view=graph" }, "url"],
    ["a javascript: link", { name: "Ond", url: "javascript:alert(1)" }, "url"],
    ["a query string with a space", { name: "Ond", url: "?view=graph x" }, "url"],
  ])("refuses %s with BAD_USER_INPUT", async (_label, input, field) => {
    const result = await api.run(SAVE, { input: { planId, ...input } }, PLANNER);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it.each([
    ["a reader", READER, "FORBIDDEN"],
    ["no token", ANONYMOUS, "UNAUTHENTICATED"],
  ])("refuses %s: nothing written, nothing audited", async (_label, user, code) => {
    const before = (await api.run(LIST, { planId })).data!.views;
    const save = await api.run(SAVE, { input: { planId, name: "Læser", url: "?view=graph" } }, user);
    expect(save.errors?.[0]?.extensions?.code).toBe(code);
    const [first] = before;
    const del = await api.run(DELETE, { id: first!.id, version: first!.version }, user);
    expect(del.errors?.[0]?.extensions?.code).toBe(code);
    expect((await api.run(LIST, { planId })).data!.views).toEqual(before);
  });

  it("keeps the views when the plan is loaded again (they are no Entity)", async () => {
    const before = (await api.run(LIST, { planId })).data!.views;
    expect(before.length).toBeGreaterThan(0);
    await removePlan(db, planId);
    await loadFixturePlan(db, planId);
    expect((await api.run(LIST, { planId })).data!.views).toEqual(before);
  });
});
