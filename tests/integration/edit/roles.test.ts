/**
 * Every mutation x every role -> the expected code. Runs each mutation on a node that is
 * not there (or with input that fails only after the role check), so the role decision is
 * what the test sees and no data changes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "../../../api/auth/roles.js";
import type { GraphDb } from "../../../graph/driver.js";
import { ADMIN, ANONYMOUS, PLANNER, READER, testApi } from "../../helpers/api.js";
import { testDb } from "../../helpers/graph.js";

const missing = "test-roles:nowhere";
const MUTATIONS: [string, string, "planner" | "admin"][] = [
  [
    "createGoal",
    `mutation { createGoal(input: {departmentId: "${missing}", letter: "A", title: "t", mainGoal: "m"}) { id } }`,
    "planner",
  ],
  ["updateGoal", `mutation { updateGoal(id: "${missing}", version: 1, patch: {title: "t"}) { id } }`, "planner"],
  ["deleteGoal", `mutation { deleteGoal(id: "${missing}", version: 1) { deletedIds } }`, "planner"],
  ["createInitiative", `mutation { createInitiative(input: {goalId: "${missing}", text: "t"}) { id } }`, "planner"],
  [
    "updateInitiative",
    `mutation { updateInitiative(id: "${missing}", version: 1, patch: {text: "t"}) { id } }`,
    "planner",
  ],
  ["deleteInitiative", `mutation { deleteInitiative(id: "${missing}", version: 1) { deletedIds } }`, "planner"],
  ["createSystem", `mutation { createSystem(input: {planId: "${missing}", name: "S"}) { id } }`, "planner"],
  ["updateSystem", `mutation { updateSystem(id: "${missing}", version: 1, patch: {name: "S"}) { id } }`, "planner"],
  ["deleteSystem", `mutation { deleteSystem(id: "${missing}", version: 1) { deletedIds } }`, "planner"],
  ["createOrganisation", `mutation { createOrganisation(input: {planId: "${missing}", name: "O"}) { id } }`, "planner"],
  [
    "updateOrganisation",
    `mutation { updateOrganisation(id: "${missing}", version: 1, patch: {name: "O"}) { id } }`,
    "planner",
  ],
  ["deleteOrganisation", `mutation { deleteOrganisation(id: "${missing}", version: 1) { deletedIds } }`, "planner"],
  [
    "createMilestone",
    `mutation { createMilestone(input: {planId: "${missing}", name: "M", date: "2030-01-01", dateText: "1. januar 2030"}) { id } }`,
    "planner",
  ],
  [
    "updateMilestone",
    `mutation { updateMilestone(id: "${missing}", version: 1, patch: {name: "M"}) { id } }`,
    "planner",
  ],
  ["deleteMilestone", `mutation { deleteMilestone(id: "${missing}", version: 1) { deletedIds } }`, "planner"],
  [
    "createDependency",
    `mutation { createDependency(input: {from: "${missing}", to: "${missing}-2", type: USES, evidence: "e"}) { type } }`,
    "planner",
  ],
  [
    "updateDependency",
    `mutation { updateDependency(from: "${missing}", to: "${missing}-2", type: USES, version: 1, patch: {evidence: "e"}) { type } }`,
    "planner",
  ],
  [
    "deleteDependency",
    `mutation { deleteDependency(from: "${missing}", to: "${missing}-2", type: USES) { deletedIds } }`,
    "planner",
  ],
  ["createApiToken", `mutation { createApiToken(subject: "x", role: "nonsense") { token } }`, "admin"],
  ["revokeApiToken", `mutation { revokeApiToken(id: "${missing}") { id } }`, "admin"],
];

const ROLES: [string, User | null][] = [
  ["anonymous (reading off)", null],
  ["anonymous (reading on)", ANONYMOUS],
  ["reader", READER],
  ["planner", PLANNER],
  ["admin", ADMIN],
];

/** What a role gets: refused at the door, or past it (then the missing node or bad input speaks). */
function expected(user: User | null, needs: "planner" | "admin"): string {
  // No token is UNAUTHENTICATED whether or not anonymous reading is on (README "Writing").
  if (user === null || user.anonymous) return "UNAUTHENTICATED";
  if (user.role === "reader" || (needs === "admin" && user.role === "planner")) return "FORBIDDEN";
  return "PAST_THE_DOOR";
}

describe("who may write", () => {
  let db: GraphDb;
  let api: Awaited<ReturnType<typeof testApi>>;
  beforeAll(async () => {
    db = testDb();
    api = await testApi(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  const cases = MUTATIONS.flatMap(([name, query, needs]) =>
    ROLES.map(([label, user]) => [name, label, query, user, expected(user, needs)] as const),
  );
  it.each(cases)("%s as %s", async (_name, _label, query, user, want) => {
    const result = await api.run(query, {}, user);
    const code = result.errors?.[0]?.extensions?.code;
    if (want === "PAST_THE_DOOR") expect(["NOT_FOUND", "BAD_USER_INPUT"]).toContain(code);
    else expect(code).toBe(want);
  });

  it("refuses reads without a token when anonymous reading is off", async () => {
    const result = await api.run("{ plans { id } }", {}, null);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("shows the audit trail (who wrote what) to planners, not to anonymous readers or reader tokens", async () => {
    expect((await api.run("{ auditLog(limit: 1) { actor } }", {}, ANONYMOUS)).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    expect((await api.run("{ auditLog(limit: 1) { actor } }", {}, READER)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await api.run("{ auditLog(limit: 1) { actor } }", {}, PLANNER)).errors).toBeUndefined();
  });

  it("shows the token list to admins only", async () => {
    expect((await api.run("{ apiTokens { id } }", {}, PLANNER)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await api.run("{ apiTokens { id } }", {}, ADMIN)).errors).toBeUndefined();
  });
});
