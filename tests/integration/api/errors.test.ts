/** Bad input gets a clear error with a code, never a partial answer or an internal error. */
import { describe, expect, it } from "vitest";
import { fixturePlan } from "../../helpers/fixture-plan.js";
import { useApi } from "./harness.js";

const planId = "test-api-errors";
const id = (local: string) => `${planId}:${local}`;
const h = useApi(() => fixturePlan(planId));

type Case = [label: string, query: string, variables: Record<string, unknown>, code: string, message: RegExp];

const cases: Case[] = [
  ["empty id", `query($id: ID!) { node(id: $id) { id } }`, { id: "  " }, "BAD_USER_INPUT", /id must not be empty/],
  [
    "unknown node for impact",
    `query($id: ID!) { impact(id: $id) { truncated } }`,
    { id: id("nowhere") },
    "NOT_FOUND",
    /Node "test-api-errors:nowhere" was not found/,
  ],
  [
    "negative depth",
    `query($id: ID!) { impact(id: $id, maxDepth: -1) { truncated } }`,
    { id: id("it:a") },
    "BAD_USER_INPUT",
    /maxDepth must be a whole number from 1 to 10; got -1/,
  ],
  [
    "zero depth",
    `query($id: ID!) { impact(id: $id, maxDepth: 0) { truncated } }`,
    { id: id("it:a") },
    "BAD_USER_INPUT",
    /maxDepth must be a whole number from 1 to 10/,
  ],
  [
    "huge depth",
    `query($id: ID!) { impact(id: $id, maxDepth: 1000000) { truncated } }`,
    { id: id("it:a") },
    "BAD_USER_INPUT",
    /got 1000000/,
  ],
  [
    "depth of the wrong type",
    `query($d: Int) { impact(id: "x", maxDepth: $d) { truncated } }`,
    { d: "deep" },
    "BAD_USER_INPUT",
    /Int cannot represent/,
  ],
  ["empty search text", `{ search(text: "") { score } }`, {}, "BAD_USER_INPUT", /text must contain at least one word/],
  [
    "whitespace search text",
    `{ search(text: "  \\t ") { score } }`,
    {},
    "BAD_USER_INPUT",
    /text must contain at least one word/,
  ],
  [
    "too long search text",
    `query($t: String!) { search(text: $t) { score } }`,
    { t: "opus ".repeat(50) },
    "BAD_USER_INPUT",
    /search text is at most 200/,
  ],
  [
    "search limit 0",
    `{ search(text: "opus", limit: 0) { score } }`,
    {},
    "BAD_USER_INPUT",
    /limit must be a whole number from 1 to 100; got 0/,
  ],
  [
    "search limit too big",
    `{ search(text: "opus", limit: 101) { score } }`,
    {},
    "BAD_USER_INPUT",
    /limit must be a whole number from 1 to 100/,
  ],
  ["empty kinds", `{ search(text: "opus", kinds: []) { score } }`, {}, "BAD_USER_INPUT", /kinds is an empty list/],
  [
    "path from an unknown node",
    `query($a: ID!, $b: ID!) { path(from: $a, to: $b) { length } }`,
    { a: id("nowhere"), b: id("it:a") },
    "NOT_FOUND",
    /nowhere/,
  ],
  [
    "path to an unknown node",
    `query($a: ID!, $b: ID!) { path(from: $a, to: $b) { length } }`,
    { a: id("it:a"), b: id("elsewhere") },
    "NOT_FOUND",
    /elsewhere/,
  ],
  [
    "systemLinks of an unknown id",
    `query($id: ID!) { systemLinks(id: $id) { modules { id } } }`,
    { id: id("system:none") },
    "NOT_FOUND",
    /System "test-api-errors:system:none" was not found/,
  ],
  [
    "systemLinks of a goal",
    `query($id: ID!) { systemLinks(id: $id) { modules { id } } }`,
    { id: id("it:a") },
    "BAD_USER_INPUT",
    /is a Goal, not a System/,
  ],
  [
    "whatIf of an unknown milestone",
    `query($id: ID!) { whatIf(milestone: $id, slipDays: 3) { newDate } }`,
    { id: id("milestone:none") },
    "NOT_FOUND",
    /Milestone/,
  ],
  [
    "whatIf of a goal",
    `query($id: ID!) { whatIf(milestone: $id, slipDays: 3) { newDate } }`,
    { id: id("it:a") },
    "BAD_USER_INPUT",
    /is a Goal, not a Milestone/,
  ],
  [
    "whatIf slipping for centuries",
    `query($id: ID!) { whatIf(milestone: $id, slipDays: 99999) { newDate } }`,
    { id: id("milestone:net") },
    "BAD_USER_INPUT",
    /slipDays must be a whole number from 1 to 3650/,
  ],
  [
    "departments of an unknown plan",
    `{ departments(planId: "no-such-plan") { id } }`,
    {},
    "NOT_FOUND",
    /Plan "no-such-plan" was not found/,
  ],
  [
    "goals of an unknown department",
    `{ goals(department: "no-such-department") { id } }`,
    {},
    "NOT_FOUND",
    /Department "no-such-department"/,
  ],
  ["systems of an unknown plan", `{ systems(planId: "no-such-plan") { id } }`, {}, "NOT_FOUND", /Plan/],
  [
    "cross-department edges of an unknown plan",
    `{ crossDepartmentDependencies(planId: "no-such-plan") { id } }`,
    {},
    "NOT_FOUND",
    /Plan/,
  ],
  [
    "matrix of an unknown plan",
    `{ dependencyMatrix(planId: "no-such-plan") { cells { count } } }`,
    {},
    "NOT_FOUND",
    /Plan/,
  ],
  [
    "key nodes limit 0",
    `{ keyNodes(limit: 0) { dependents } }`,
    {},
    "BAD_USER_INPUT",
    /limit must be a whole number from 1 to 100/,
  ],
  ["key nodes limit too big", `{ keyNodes(limit: 1000) { dependents } }`, {}, "BAD_USER_INPUT", /limit/],
  [
    "graph limit 0",
    `{ graph(filter: { limit: 0 }) { totalNodes } }`,
    {},
    "BAD_USER_INPUT",
    /filter.limit must be a whole number from 1 to 10000/,
  ],
  ["graph limit too big", `{ graph(filter: { limit: 10001 }) { totalNodes } }`, {}, "BAD_USER_INPUT", /filter.limit/],
  [
    "graph of an unknown plan",
    `{ graph(filter: { planId: "no-such-plan" }) { totalNodes } }`,
    {},
    "NOT_FOUND",
    /Plan "no-such-plan"/,
  ],
];

describe("bad input", () => {
  const table = cases.map(([label, query, variables, code, message]) => ({ label, query, variables, code, message }));
  it.each(table)("$label -> $code", async ({ query, variables, code, message }) => {
    const result = await h.api.run(query, variables);
    expect(result.errors, JSON.stringify(result.data)).toHaveLength(1);
    const [error] = result.errors!;
    expect(error!.extensions?.code).toBe(code);
    expect(error!.message).toMatch(message);
    expect(error!.extensions).not.toHaveProperty("stacktrace");
  });
});
