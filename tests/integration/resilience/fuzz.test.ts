/**
 * Thousands of generated operations over HTTP: random documents, wrong argument types,
 * deep nesting, many aliases, and Cypher / Lucene injection strings in every text
 * argument. No crash, no 5xx, every error carries a code, and the graph is unchanged.
 */
import fc from "fast-check";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signToken } from "../../../api/auth/tokens.js";
import { buildApp, type App } from "../../../api/server.js";
import type { GraphDb } from "../../../graph/driver.js";
import { TEST_AUTH } from "../../helpers/api.js";
import { loadFixturePlan, removePlan } from "../../helpers/fixture-plan.js";
import { testDb } from "../../helpers/graph.js";

const planId = "test-fuzz";
const RUNS = Number(process.env.PLANGRAF_FUZZ_RUNS || 3000);

const INJECTIONS = [
  "') MATCH (n) DETACH DELETE n //",
  '" OR 1=1 --',
  "x'}) RETURN n //",
  "`Entity`",
  "$id",
  "{id: 1}",
  "OPUS (2)",
  'a:b"',
  "*:*",
  "name:*",
  "\\",
  "AND OR NOT",
  "~",
  "foo^10",
  "[a TO z]",
  "/regex/",
  '"unterminated',
  "<script>alert(1)</script>",
  "😀",
  "\u0000",
  "a".repeat(5000),
  "",
  " ",
  "ltk-okf-2009:system:opus",
  `${planId}:it:a`,
];
const text = fc.oneof(
  fc.constantFrom(...INJECTIONS),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 50 }),
);
const int = fc.oneof(fc.integer(), fc.constantFrom(-1, 0, 1, 4, 11, 1e9, -2147483648, 2147483647));
const json = (value: unknown) => JSON.stringify(value);

/** Documents that name real fields with generated arguments (variables keep them well-formed JSON). */
const wellFormed = fc.oneof(
  fc.record({ t: text, k: fc.constantFrom("[GOAL]", "[SYSTEM, INITIATIVE]", "null"), l: int }).map(({ t, k, l }) => ({
    query: `query($t: String!, $l: Int) { search(text: $t, kinds: ${k}, limit: $l) { score snippet node { id } } }`,
    variables: { t, l },
  })),
  fc.record({ t: text, d: int, dir: fc.constantFrom("UPSTREAM", "DOWNSTREAM") }).map(({ t, d, dir }) => ({
    query: `query($t: ID!, $d: Int) { impact(id: $t, direction: ${dir}, maxDepth: $d) { truncated nodes { depth node { id } } } }`,
    variables: { t, d },
  })),
  fc.record({ a: text, b: text }).map(({ a, b }) => ({
    query: `query($a: ID!, $b: ID!) { path(from: $a, to: $b) { length } }`,
    variables: { a, b },
  })),
  text.map((t) => ({
    query: `query($t: ID!) { node(id: $t) { id name } systemLinks(id: $t) { system { id } } }`,
    variables: { t },
  })),
  text.map((t) => ({
    query: `query($t: ID) { goals(department: $t) { id } departments(planId: $t) { id } }`,
    variables: { t },
  })),
  fc.record({ t: text, s: int }).map(({ t, s }) => ({
    query: `query($t: ID!, $s: Int!) { whatIf(milestone: $t, slipDays: $s) { newDate } }`,
    variables: { t, s },
  })),
  fc.record({ t: text, l: int }).map(({ t, l }) => ({
    query: `query($t: ID, $l: Int) { graph(filter: {planId: $t, limit: $l, departments: [$t]}) { truncated totalNodes } }`,
    variables: { t, l },
  })),
  fc.record({ t: text, l: text }).map(({ t, l }) => ({
    query: `mutation($i: GoalInput!) { createGoal(input: $i) { id } }`,
    variables: { i: { departmentId: `${planId}:${t}`, letter: l, title: t, mainGoal: t } },
    planner: true,
  })),
  fc.record({ t: text, v: int }).map(({ t, v }) => ({
    query: `mutation($t: ID!, $v: Int!) { updateGoal(id: $t, version: $v, patch: {title: $t}) { id } }`,
    variables: { t, v },
    planner: true,
  })),
  fc.record({ t: text }).map(({ t }) => ({
    query: `mutation($i: DependencyInput!) { createDependency(input: $i) { type } }`,
    variables: { i: { from: t, to: `${planId}:x${t}`, type: t, evidence: t } },
    planner: true,
  })),
);

/** Malformed and abusive documents. */
const abusive = fc.oneof(
  fc.string({ maxLength: 300 }).map((query) => ({ query, variables: {} })),
  fc
    .record({ v: fc.oneof(text, int, fc.boolean()) })
    .map(({ v }) => ({ query: `{ impact(id: ${json(v)}, maxDepth: ${json(v)}) { truncated } }`, variables: {} })),
  fc.integer({ min: 13, max: 60 }).map((depth) => ({
    query: `{ plans { ${"departments { goals { department { ".repeat(depth)}id${" } } }".repeat(depth)} } }`,
    variables: {},
  })),
  fc.integer({ min: 16, max: 200 }).map((n) => ({
    query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: plans { id }`).join(" ")} }`,
    variables: {},
  })),
  fc
    .integer({ min: 21, max: 100 })
    .map((n) => ({ query: `{ plans ${"@include(if: true) ".repeat(n)}{ id } }`, variables: {} })),
  fc
    .constantFrom(
      `{ __typename }`,
      `{ plans { id } } { plans { id } }`,
      `query { nope }`,
      `{ node(id: "x") { ... on Goal { letter } } }`,
    )
    .map((query) => ({ query, variables: {} })),
);

describe("fuzzing the API", () => {
  let db: GraphDb;
  let app: App;
  let url: string;
  let token: string;
  const fingerprint = async () =>
    (
      await db.read("fingerprint", (tx) =>
        tx.run(
          `MATCH (n) WHERE NOT n:AuditEntry OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels, sum(coalesce(n.version, 0)) AS versions`,
        ),
      )
    )[0];

  beforeAll(async () => {
    db = testDb();
    await removePlan(db, planId);
    await loadFixturePlan(db, planId);
    app = await buildApp({ db, auth: TEST_AUTH, production: true, log: () => {}, rateLimitPerMinute: false });
    await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;
    token = (await signToken(TEST_AUTH.secret, "fuzzer", "planner")).token;
  });
  afterAll(async () => {
    await app.apollo.stop();
    await removePlan(db, planId);
    await db.close();
  });

  it(`answers ${RUNS} generated operations with codes, never a crash or a 5xx, and changes nothing`, async () => {
    const before = await fingerprint();
    const operations = fc.sample(fc.oneof({ arbitrary: wellFormed, weight: 3 }, { arbitrary: abusive, weight: 1 }), {
      numRuns: RUNS,
      seed: 2009,
    });
    const statuses = new Map<number, number>();
    const codes = new Map<string, number>();
    const problems: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < operations.length) {
        const op = operations[next++]! as { query: string; variables: Record<string, unknown>; planner?: boolean };
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", ...(op.planner ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query: op.query, variables: op.variables }),
        });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const body = (await response.json().catch(() => null)) as {
          errors?: { message: string; extensions?: { code?: string } }[];
        } | null;
        if (response.status >= 500) problems.push(`${response.status} for ${op.query.slice(0, 120)}`);
        if (body === null && response.status !== 413)
          problems.push(`no JSON body (${response.status}) for ${op.query.slice(0, 120)}`);
        for (const error of body?.errors ?? []) {
          const code = error.extensions?.code;
          if (!code) problems.push(`error without code: ${error.message} for ${op.query.slice(0, 120)}`);
          else if (code === "INTERNAL_SERVER_ERROR")
            problems.push(`internal error for ${op.query.slice(0, 160)} ${JSON.stringify(op.variables).slice(0, 160)}`);
          codes.set(code ?? "none", (codes.get(code ?? "none") ?? 0) + 1);
        }
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    console.log(
      `fuzz: ${operations.length} operations; HTTP ${JSON.stringify(Object.fromEntries(statuses))}; codes ${JSON.stringify(Object.fromEntries(codes))}`,
    );
    expect(problems.slice(0, 10)).toEqual([]);
    expect(await fingerprint()).toEqual(before);
  }, 600_000);
});
