import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDb } from "../../../graph/driver.js";
import { PLANNER, testApi } from "../../helpers/api.js";
import { loadFixturePlan, removePlan } from "../../helpers/fixture-plan.js";
import { testDb } from "../../helpers/graph.js";

const planId = "test-edit";
const id = (local: string) => `${planId}:${local}`;

const CREATE_GOAL = `mutation($input: GoalInput!) { createGoal(input: $input) { id name version ... on Goal { letter title mainGoal department { id } } } }`;
const UPDATE_GOAL = `mutation($id: ID!, $version: Int!, $patch: GoalPatch!) { updateGoal(id: $id, version: $version, patch: $patch) { id version ... on Goal { title } } }`;
const DELETE_GOAL = `mutation($id: ID!, $version: Int!) { deleteGoal(id: $id, version: $version) { deletedIds } }`;
const AUDIT = `query($nodeId: ID) { auditLog(nodeId: $nodeId) { seq actor role action kind nodeId before after } }`;
const CREATE_DEP = `mutation($input: DependencyInput!) { createDependency(input: $input) { type evidence inferred reason from { id } to { id } } }`;

describe("planners' edits", () => {
  let db: GraphDb;
  let api: Awaited<ReturnType<typeof testApi>>;
  beforeAll(async () => {
    db = testDb();
    api = await testApi(db);
    await removePlan(db, planId);
    await loadFixturePlan(db, planId);
  });
  afterAll(async () => {
    await removePlan(db, planId);
    await api.stop();
    await db.close();
  });

  it("creates, updates and deletes a goal, each write in the audit trail with before and after", async () => {
    const created = await api.run(
      CREATE_GOAL,
      { input: { departmentId: id("it"), letter: "c", title: "Servicedesk", mainGoal: "Bedre service." } },
      PLANNER,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createGoal).toMatchObject({
      id: id("it:c"),
      version: 1,
      letter: "C",
      title: "Servicedesk",
      department: { id: id("it") },
    });

    const updated = await api.run(
      UPDATE_GOAL,
      { id: id("it:c"), version: 1, patch: { title: "Servicedesk 2" } },
      PLANNER,
    );
    expect(updated.data?.updateGoal).toEqual({ id: id("it:c"), version: 2, title: "Servicedesk 2" });

    const deleted = await api.run(DELETE_GOAL, { id: id("it:c"), version: 2 }, PLANNER);
    expect(deleted.data?.deleteGoal).toEqual({ deletedIds: [id("it:c")] });

    const audit = await api.run(AUDIT, { nodeId: id("it:c") }, PLANNER);
    const entries = audit.data?.auditLog as {
      seq: number;
      action: string;
      actor: string;
      before: string;
      after: string;
    }[];
    expect(entries.map((e) => e.action)).toEqual(["delete", "update", "create"]);
    expect(entries[0]!.seq).toBeGreaterThan(entries[1]!.seq);
    expect(entries[1]!.seq).toBeGreaterThan(entries[2]!.seq);
    expect(entries.every((e) => e.actor === PLANNER.id)).toBe(true);
    expect(JSON.parse(entries[1]!.before).title).toBe("Servicedesk");
    expect(JSON.parse(entries[1]!.after).title).toBe("Servicedesk 2");
  });

  it("gives concurrent writes distinct, increasing numbers in the audit trail", async () => {
    const letters = ["p", "q", "r", "s", "t", "u", "v", "w"];
    const before = await api.run(`{ auditLog(limit: 1) { seq } }`, {}, PLANNER);
    const floor = (before.data?.auditLog as { seq: number }[])[0]?.seq ?? 0;
    const results = await Promise.all(
      letters.map((letter) =>
        api.run(
          CREATE_GOAL,
          { input: { departmentId: id("it"), letter, title: `Mål ${letter}`, mainGoal: "Samtidig." } },
          PLANNER,
        ),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual(letters.map(() => undefined));
    const seqs: number[] = [];
    for (const letter of letters) {
      const trail = await api.run(AUDIT, { nodeId: id(`it:${letter}`) }, PLANNER);
      const entries = trail.data?.auditLog as { seq: number; action: string }[];
      expect(entries.map((e) => e.action)).toEqual(["create"]);
      seqs.push(entries[0]!.seq);
    }
    expect(new Set(seqs).size).toBe(letters.length);
    expect(Math.min(...seqs)).toBeGreaterThan(floor);
  });

  it("refuses a stale version with CONFLICT and leaves the goal as it was", async () => {
    const first = await api.run(
      UPDATE_GOAL,
      { id: id("it:b"), version: 1, patch: { title: "Virtualisering (grøn IT)" } },
      PLANNER,
    );
    expect(first.errors).toBeUndefined();
    const stale = await api.run(UPDATE_GOAL, { id: id("it:b"), version: 1, patch: { title: "Overskrevet" } }, PLANNER);
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const now = await api.run(`{ node(id: "${id("it:b")}") { version ... on Goal { title } } }`);
    expect(now.data?.node).toEqual({ version: 2, title: "Virtualisering (grøn IT)" });
  });

  it("lets exactly one of two concurrent updates with the same version win", async () => {
    const node = await api.run(`{ node(id: "${id("oekonomi:a")}") { version } }`);
    const version = (node.data?.node as { version: number }).version;
    const results = await Promise.all(
      ["Planlægger 1", "Planlægger 2"].map((title) =>
        api.run(UPDATE_GOAL, { id: id("oekonomi:a"), version, patch: { title } }, PLANNER),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    const after = await api.run(`{ node(id: "${id("oekonomi:a")}") { version } }`);
    expect((after.data?.node as { version: number }).version).toBe(version + 1);
  });

  it("deleting a goal takes its initiatives with it", async () => {
    const deleted = await api.run(DELETE_GOAL, { id: id("it:a"), version: 1 }, PLANNER);
    expect(deleted.data?.deleteGoal).toEqual({ deletedIds: [id("it:a"), id("it:a:1")] });
    await loadFixturePlan(db, planId);
  });

  it("stores a dependency with evidence, or as inferred with the passage it rests on and the author's reason", async () => {
    const withEvidence = await api.run(
      CREATE_DEP,
      { input: { from: id("it:b"), to: id("system:oes"), type: "USES", evidence: "ØkoSys bruges." } },
      PLANNER,
    );
    expect(withEvidence.data?.createDependency).toEqual({
      type: "USES",
      evidence: "ØkoSys bruges.",
      inferred: false,
      reason: null,
      from: { id: id("it:b") },
      to: { id: id("system:oes") },
    });
    const inferred = await api.run(
      CREATE_DEP,
      {
        input: {
          from: id("oekonomi:a:1"),
          to: id("org:leverandoer"),
          type: "INVOLVES",
          evidence: "Indfør systemet.",
          inferredReason: "Leverandøren leverer systemet.",
        },
      },
      PLANNER,
    );
    expect(inferred.data?.createDependency).toMatchObject({
      inferred: true,
      evidence: "Indfør systemet.",
      reason: "Leverandøren leverer systemet.",
    });
  });

  it.each([
    [
      "an unknown department",
      CREATE_GOAL,
      { input: { departmentId: id("nowhere"), letter: "Z", title: "x", mainGoal: "y" } },
      "BAD_USER_INPUT",
      /no node/,
    ],
    [
      "a department id that is a goal",
      CREATE_GOAL,
      { input: { departmentId: id("it:a"), letter: "Z", title: "x", mainGoal: "y" } },
      "BAD_USER_INPUT",
      /is a Goal; expected Department/,
    ],
    [
      "a letter that is not a letter",
      CREATE_GOAL,
      { input: { departmentId: id("it"), letter: "7", title: "x", mainGoal: "y" } },
      "BAD_USER_INPUT",
      /one letter/,
    ],
    [
      "an empty title",
      CREATE_GOAL,
      { input: { departmentId: id("it"), letter: "Y", title: "  ", mainGoal: "y" } },
      "BAD_USER_INPUT",
      /title must not be empty/,
    ],
    [
      "a title too long",
      CREATE_GOAL,
      { input: { departmentId: id("it"), letter: "Y", title: "x".repeat(301), mainGoal: "y" } },
      "BAD_USER_INPUT",
      /at most 300/,
    ],
    [
      "a goal id that exists",
      CREATE_GOAL,
      { input: { departmentId: id("it"), letter: "B", title: "x", mainGoal: "y" } },
      "CONFLICT",
      /already exists/,
    ],
    [
      "an update of a goal that is not there",
      UPDATE_GOAL,
      { id: id("it:q"), version: 1, patch: { title: "x" } },
      "NOT_FOUND",
      /was not found/,
    ],
    ["an empty patch", UPDATE_GOAL, { id: id("it:b"), version: 1, patch: {} }, "BAD_USER_INPUT", /changes nothing/],
    [
      "version 0",
      UPDATE_GOAL,
      { id: id("it:b"), version: 0, patch: { title: "x" } },
      "BAD_USER_INPUT",
      /positive whole number/,
    ],
    [
      "a self-edge",
      CREATE_DEP,
      { input: { from: id("it:b"), to: id("it:b"), type: "DEPENDS_ON", evidence: "x" } },
      "BAD_USER_INPUT",
      /own start/,
    ],
    [
      "an edge without evidence or reason",
      CREATE_DEP,
      { input: { from: id("it:b"), to: id("oekonomi:a"), type: "DEPENDS_ON" } },
      "BAD_USER_INPUT",
      /needs evidence/,
    ],
    [
      "an inferred edge without the passage it rests on",
      CREATE_DEP,
      { input: { from: id("it:b"), to: id("oekonomi:a"), type: "DEPENDS_ON", inferredReason: "x" } },
      "BAD_USER_INPUT",
      /needs evidence/,
    ],
    [
      "an endpoint pair the relationship table forbids",
      CREATE_DEP,
      { input: { from: id("it"), to: id("system:oes"), type: "USES", evidence: "x" } },
      "BAD_USER_INPUT",
      /is a Department; expected Goal or Initiative or StatusItem/,
    ],
    [
      "a coordination with a milestone",
      CREATE_DEP,
      { input: { from: id("it:b"), to: id("milestone:net"), type: "COORDINATES_WITH", evidence: "x" } },
      "BAD_USER_INPUT",
      /is a Milestone; expected/,
    ],
    [
      "a duplicate edge",
      CREATE_DEP,
      { input: { from: id("it:b"), to: id("it:a"), type: "DEPENDS_ON", evidence: "x" } },
      "CONFLICT",
      /already exists/,
    ],
    [
      "a structural edge type",
      CREATE_DEP,
      { input: { from: id("it"), to: id("it:b"), type: "OWNS", evidence: "x" } },
      "BAD_USER_INPUT",
      /type must be one of/,
    ],
    [
      "an edge to a node of another plan",
      CREATE_DEP,
      { input: { from: id("it:b"), to: "ltk-okf-2009:system:opus", type: "USES", evidence: "x" } },
      "BAD_USER_INPUT",
      /./,
    ],
  ])("refuses %s", async (_label, query, variables, code, message) => {
    const result = await api.run(query, variables, PLANNER);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.errors?.[0]?.message).toMatch(message);
  });

  const CREATE_INITIATIVE = `mutation($input: InitiativeInput!) { createInitiative(input: $input) { id version ... on Initiative { ordinal } } }`;
  const UPDATE_INITIATIVE = `mutation($id: ID!, $version: Int!, $patch: InitiativePatch!) { updateInitiative(id: $id, version: $version, patch: $patch) { id version } }`;
  const DELETE_INITIATIVE = `mutation($id: ID!, $version: Int!) { deleteInitiative(id: $id, version: $version) { deletedIds } }`;

  it("gives each of 200 concurrent creates under one goal its own id, without a conflict or Neo4j's message", async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, n) =>
        api.run(CREATE_INITIATIVE, { input: { goalId: id("it:b"), text: `Samtidig indsats ${n}` } }, PLANNER),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK");
    const counts = Object.fromEntries([...new Set(codes)].map((c) => [c, codes.filter((x) => x === c).length]));
    console.log(`concurrent creates: ${JSON.stringify(counts)}`);
    expect(
      results
        .flatMap((r) => r.errors ?? [])
        .map((e) => e.message)
        .filter((m) => /Node\(|label `|already exists with/.test(m)),
    ).toEqual([]);
    expect(counts).toEqual({ OK: 200 });
    const ids = results.map((r) => (r.data?.createInitiative as { id: string }).id);
    expect(new Set(ids).size).toBe(200);
  }, 60_000);

  it("never gives a new node the id of a deleted one, so a stale version cannot land on it", async () => {
    const first = await api.run(CREATE_INITIATIVE, { input: { goalId: id("oekonomi:a"), text: "Første" } }, PLANNER);
    const old = first.data?.createInitiative as { id: string; version: number };
    expect((await api.run(DELETE_INITIATIVE, { id: old.id, version: 1 }, PLANNER)).errors).toBeUndefined();
    const second = await api.run(CREATE_INITIATIVE, { input: { goalId: id("oekonomi:a"), text: "Anden" } }, PLANNER);
    const fresh = second.data?.createInitiative as { id: string; version: number };
    expect(fresh.id).not.toBe(old.id);
    const stale = await api.run(
      UPDATE_INITIATIVE,
      { id: old.id, version: 1, patch: { text: "Ment for den slettede" } },
      PLANNER,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const trail = await api.run(AUDIT, { nodeId: fresh.id }, PLANNER);
    expect((trail.data?.auditLog as { action: string }[]).map((e) => e.action)).toEqual(["create"]);

    // The same for ids made from a name: the re-created system gets a new one.
    const SYSTEM = `mutation($input: SystemInput!) { createSystem(input: $input) { id } }`;
    const made = (await api.run(SYSTEM, { input: { planId, name: "Sagssystem" } }, PLANNER)).data?.createSystem as {
      id: string;
    };
    await api.run(`mutation { deleteSystem(id: "${made.id}", version: 1) { deletedIds } }`, {}, PLANNER);
    const again = (await api.run(SYSTEM, { input: { planId, name: "Sagssystem" } }, PLANNER)).data?.createSystem as {
      id: string;
    };
    expect(made.id).toBe(id("system:sagssystem"));
    expect(again.id).toBe(id("system:sagssystem-2"));
    expect(
      (await api.run(SYSTEM, { input: { planId, name: "Sagssystem" } }, PLANNER)).errors?.[0]?.extensions?.code,
    ).toBe("CONFLICT");
  });
});
