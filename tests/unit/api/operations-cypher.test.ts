/**
 * The Cypher each GraphQL operation sends, statement by statement with its parameters, run
 * through the real schema, resolvers, loaders and repositories against a database that
 * records instead of answering (tests/helpers/recording-db.ts). A change to any statement,
 * to its parameters or to the number of round trips an operation takes shows up here as a
 * reviewable diff. Where an operation needs rows to reach its next statement, the smallest
 * plan that gets it there is answered: one department with a goal, a system and a milestone.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { planExists } from "../../../graph/cypher/node.cypher.js";
import type { Params, Row } from "../../../graph/driver.js";
import { PLANNER, testApi } from "../../helpers/api.js";
import { recordingDb, type RecordedStatement, type RecordingDb } from "../../helpers/recording-db.js";

const PLAN = "ltk-okf-2009";
const node = (id: string, kind: string, name: string, extra: Row = {}): Row => ({
  id,
  kind,
  planId: PLAN,
  name,
  source: "virksomhedsplan-2009.md:1",
  version: 1,
  owningDepartmentId: `${PLAN}:it`,
  owningDepartmentName: "IT-afdelingen",
  ...extra,
});
const NODES: Record<string, Row> = {
  [`${PLAN}:it`]: node(`${PLAN}:it`, "Department", "IT-afdelingen"),
  [`${PLAN}:it:a`]: node(`${PLAN}:it:a`, "Goal", "A. Servicedesk", {
    letter: "A",
    title: "Servicedesk",
    mainGoal: "Én indgang for brugerne",
    strategy: "",
    version: 3,
  }),
  [`${PLAN}:opus`]: node(`${PLAN}:opus`, "System", "OPUS"),
  [`${PLAN}:opus-i-drift`]: node(`${PLAN}:opus-i-drift`, "Milestone", "OPUS i drift", {
    date: "2009-06-01",
    precision: "DAY",
    timing: "DEADLINE",
  }),
};
/** A node as `n {.*}` returns it: its own properties only. */
const stored = (id: string): Row => {
  const { owningDepartmentId: _id, owningDepartmentName: _name, ...own } = NODES[id]!;
  return own;
};
const GOAL = `${PLAN}:it:a`;
const SYSTEM = `${PLAN}:opus`;
const MILESTONE = `${PLAN}:opus-i-drift`;
const edge = (from: string, type: string, to: string): Row => ({
  id: `${from}|${type}|${to}`,
  type,
  evidence: "OPUS skal være i drift 1. juni 2009.",
  section: "IT-afdelingen",
  inferred: false,
  reason: "",
  origin: "facts",
  from,
  to,
});
const fullEdge = (from: string, type: string, to: string): Row => ({
  ...edge(from, type, to),
  from: NODES[from],
  to: NODES[to],
});
/** The goal uses the system and holds the milestone. */
const EDGES = [edge(GOAL, "USES", SYSTEM), edge(GOAL, "HAS_MILESTONE", MILESTONE)];

const idsOf = (params: Params) => (params.ids as string[]).filter((id) => id in NODES);

let recording: RecordingDb;
let api: Awaited<ReturnType<typeof testApi>>;

beforeEach(async () => {
  recording = recordingDb();
  recording.answer(planExists, [{ found: true }]);
  recording.answer("UNWIND $ids AS id\nMATCH (n:Entity {id: id})", (params) =>
    idsOf(params).map((id) => ({ node: NODES[id] })),
  );
  api = await testApi(recording.db);
});

afterEach(async () => {
  await api.stop();
  await recording.db.close();
});

/** Timestamps and generated ids vary from run to run; everything else is compared as sent. */
const stable = (params: Params) =>
  JSON.stringify(params)
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)/g, "<timestamp>")
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<uuid>");

const transcript = (statements: RecordedStatement[]) =>
  statements.map((s) => `${s.transaction}\n${s.cypher.trim()}\n${stable(s.params)}`).join("\n\n");

/** Runs the operation as a planner and returns what it sent; the operation must succeed. */
async function cypherOf(query: string, variables: Record<string, unknown> = {}): Promise<string> {
  const result = await api.run(query, variables, PLANNER);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return transcript(recording.statements);
}

describe("Cypher per GraphQL operation", () => {
  it("impact", async () => {
    recording.answer("AS nodes,", [{ found: 2, nodes: [NODES[SYSTEM], NODES[GOAL]], edges: [EDGES[0]] }]);
    expect(
      await cypherOf(`query($id: ID!) { impact(id: $id, maxDepth: 3) { nodes { depth node { id name } } } }`, {
        id: SYSTEM,
      }),
    ).toMatchInlineSnapshot(`
      "READ impact:downstream
      MATCH (root:Entity {id: $id})
      CALL {
        WITH root
        OPTIONAL MATCH (root) ((a)-[r:HAS_INITIATIVE|DEPENDS_ON|USES|PART_OF|TAKES_DATA_FROM|INVOLVES|COORDINATES_WITH|HAS_MILESTONE|FOLLOWS|ADVANCES]-(b)
          WHERE ((type(r) IN ['HAS_INITIATIVE', 'DEPENDS_ON', 'USES', 'PART_OF', 'TAKES_DATA_FROM', 'INVOLVES', 'HAS_MILESTONE', 'FOLLOWS'] AND endNode(r) = a)
              OR (type(r) IN ['ADVANCES'] AND startNode(r) = a)
              OR type(r) IN ['COORDINATES_WITH'])
            AND (a.id = $id OR NOT (a:Plan OR a:Department OR a:Organisation OR a:Theme OR a:StatusItem))
            AND NOT (b:Plan OR b:StatusItem)){1,11} (n:Entity)
        WITH DISTINCT root, n
        WHERE n IS NOT NULL AND n <> root
        WITH n LIMIT toInteger($cap)
        RETURN collect(n) AS found
      }
      WITH root, found, found + root AS members
      RETURN size(found) AS found,
        [m IN members | [owner IN [CASE
          WHEN m:Department THEN m
          WHEN m:Goal THEN head([(d:Department)-[:OWNS]->(m) | d])
          WHEN m:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(m) | d])
          WHEN m:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(m) | d])
          WHEN m:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(m) | d])
          WHEN m:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(m) | d])
          ELSE null END] | m {.id, .kind, .planId, .name, .version, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0]] AS nodes,
        COLLECT {
          UNWIND members AS a
          MATCH (a)-[r:HAS_INITIATIVE|DEPENDS_ON|USES|PART_OF|TAKES_DATA_FROM|INVOLVES|COORDINATES_WITH|HAS_MILESTONE|FOLLOWS|ADVANCES]->(b:Entity)
          WHERE b IN members
          RETURN {
          id: coalesce(r.key, a.id + '|' + type(r) + '|' + b.id),
          type: type(r),
          evidence: coalesce(r.evidence, ''),
          section: coalesce(r.section, ''),
          inferred: coalesce(r.inferred, false),
          reason: r.reason,
          origin: coalesce(r.origin, ''),
          from: a.id,
          to: b.id
        }
        } AS edges
      {"id":"ltk-okf-2009:opus","cap":5000}"
    `);
  });

  it("path", async () => {
    recording.answer("AS nextKind", (params) =>
      (params.ids as string[]).includes(GOAL) ? [{ at: GOAL, next: SYSTEM, nextKind: "System", edge: EDGES[0] }] : [],
    );
    expect(
      await cypherOf(`query($from: ID!, $to: ID!) { path(from: $from, to: $to) { length nodes { id } } }`, {
        from: GOAL,
        to: SYSTEM,
      }),
    ).toMatchInlineSnapshot(`
      "READ shortest-chain
      UNWIND $ids AS id
      MATCH (n:Entity {id: id})
      RETURN [owner IN [CASE
          WHEN n:Department THEN n
          WHEN n:Goal THEN head([(d:Department)-[:OWNS]->(n) | d])
          WHEN n:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(n) | d])
          WHEN n:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(n) | d])
          WHEN n:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(n) | d])
          WHEN n:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(n) | d])
          ELSE null END] | n {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS node
      {"ids":["ltk-okf-2009:it:a","ltk-okf-2009:opus"]}

      READ shortest-chain
      UNWIND $ids AS id
      MATCH (x:Entity {id: id})-[r:HAS_INITIATIVE|DEPENDS_ON|USES|PART_OF|TAKES_DATA_FROM|INVOLVES|COORDINATES_WITH|HAS_MILESTONE|FOLLOWS|ADVANCES]-(y:Entity)
      WITH x, r, y, startNode(r) AS a, endNode(r) AS b
      RETURN x.id AS at, y.id AS next, y.kind AS nextKind, {
          id: coalesce(r.key, a.id + '|' + type(r) + '|' + b.id),
          type: type(r),
          evidence: coalesce(r.evidence, ''),
          section: coalesce(r.section, ''),
          inferred: coalesce(r.inferred, false),
          reason: r.reason,
          origin: coalesce(r.origin, ''),
          from: a.id,
          to: b.id
        } AS edge
      {"ids":["ltk-okf-2009:it:a"]}

      READ shortest-chain
      UNWIND $ids AS id
      MATCH (n:Entity {id: id})
      RETURN [owner IN [CASE
          WHEN n:Department THEN n
          WHEN n:Goal THEN head([(d:Department)-[:OWNS]->(n) | d])
          WHEN n:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(n) | d])
          WHEN n:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(n) | d])
          WHEN n:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(n) | d])
          WHEN n:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(n) | d])
          ELSE null END] | n {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS node
      {"ids":["ltk-okf-2009:it:a","ltk-okf-2009:opus"]}"
    `);
  });

  it("keyNodes", async () => {
    recording.answer("AS fromDept", [
      {
        from: GOAL,
        to: SYSTEM,
        type: "USES",
        fromKind: "Goal",
        toKind: "System",
        fromDept: `${PLAN}:it`,
        toDept: `${PLAN}:it`,
      },
    ]);
    expect(
      await cypherOf(`query($planId: ID) { keyNodes(planId: $planId, limit: 5) { dependents node { id } } }`, {
        planId: PLAN,
      }),
    ).toMatchInlineSnapshot(`
      "READ key-nodes
      RETURN EXISTS { MATCH (p:Plan) WHERE p.planId = $planId } AS found
      {"planId":"ltk-okf-2009"}

      READ key-nodes
      MATCH (a:Entity)-[r:HAS_INITIATIVE|DEPENDS_ON|USES|PART_OF|TAKES_DATA_FROM|INVOLVES|COORDINATES_WITH|HAS_MILESTONE|FOLLOWS|ADVANCES]->(b:Entity)
      WHERE ($planId IS NULL OR a.planId = $planId)
      RETURN a.id AS from, b.id AS to, type(r) AS type, a.kind AS fromKind, b.kind AS toKind,
        (CASE
          WHEN a:Department THEN a
          WHEN a:Goal THEN head([(d:Department)-[:OWNS]->(a) | d])
          WHEN a:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(a) | d])
          WHEN a:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(a) | d])
          WHEN a:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(a) | d])
          WHEN a:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(a) | d])
          ELSE null END).id AS fromDept, (CASE
          WHEN b:Department THEN b
          WHEN b:Goal THEN head([(d:Department)-[:OWNS]->(b) | d])
          WHEN b:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(b) | d])
          WHEN b:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(b) | d])
          WHEN b:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(b) | d])
          WHEN b:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(b) | d])
          ELSE null END).id AS toDept
      ORDER BY from, type, to
      {"planId":"ltk-okf-2009"}

      READ key-nodes
      UNWIND $ids AS id
      MATCH (n:Entity {id: id})
      RETURN [owner IN [CASE
          WHEN n:Department THEN n
          WHEN n:Goal THEN head([(d:Department)-[:OWNS]->(n) | d])
          WHEN n:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(n) | d])
          WHEN n:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(n) | d])
          WHEN n:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(n) | d])
          WHEN n:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(n) | d])
          ELSE null END] | n {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS node
      {"ids":["ltk-okf-2009:opus","ltk-okf-2009:it:a"]}"
    `);
  });

  it("node details", async () => {
    expect(
      await cypherOf(`query($id: ID!) { node(id: $id) { id name department { id } dependsOn { type to { id } } } }`, {
        id: GOAL,
      }),
    ).toMatchInlineSnapshot(`
      "READ nodes-by-ids
      UNWIND $ids AS id
      MATCH (n:Entity {id: id})
      RETURN [owner IN [CASE
          WHEN n:Department THEN n
          WHEN n:Goal THEN head([(d:Department)-[:OWNS]->(n) | d])
          WHEN n:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(n) | d])
          WHEN n:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(n) | d])
          WHEN n:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(n) | d])
          WHEN n:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(n) | d])
          ELSE null END] | n {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS node
      {"ids":["ltk-okf-2009:it:a"]}

      READ nodes-by-ids
      UNWIND $ids AS id
      MATCH (n:Entity {id: id})
      RETURN [owner IN [CASE
          WHEN n:Department THEN n
          WHEN n:Goal THEN head([(d:Department)-[:OWNS]->(n) | d])
          WHEN n:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(n) | d])
          WHEN n:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(n) | d])
          WHEN n:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(n) | d])
          WHEN n:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(n) | d])
          ELSE null END] | n {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS node
      {"ids":["ltk-okf-2009:it"]}

      READ dependency-edges:dependsOn
      UNWIND $ids AS id
      MATCH (x:Entity {id: id})-[r:HAS_INITIATIVE|DEPENDS_ON|USES|PART_OF|TAKES_DATA_FROM|INVOLVES|COORDINATES_WITH|HAS_MILESTONE|FOLLOWS|ADVANCES]-(y:Entity)
      WHERE (type(r) IN ['HAS_INITIATIVE', 'DEPENDS_ON', 'USES', 'PART_OF', 'TAKES_DATA_FROM', 'INVOLVES', 'HAS_MILESTONE', 'FOLLOWS'] AND startNode(r) = x)
         OR (type(r) IN ['ADVANCES'] AND endNode(r) = x)
         OR type(r) IN ['COORDINATES_WITH']
      WITH id, r, startNode(r) AS a, endNode(r) AS b, y
      ORDER BY type(r), y.name, y.id
      RETURN id, collect({
          id: coalesce(r.key, a.id + '|' + type(r) + '|' + b.id),
          type: type(r),
          evidence: coalesce(r.evidence, ''),
          section: coalesce(r.section, ''),
          inferred: coalesce(r.inferred, false),
          reason: r.reason,
          origin: coalesce(r.origin, ''),
          from: [owner IN [CASE
          WHEN a:Department THEN a
          WHEN a:Goal THEN head([(d:Department)-[:OWNS]->(a) | d])
          WHEN a:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(a) | d])
          WHEN a:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(a) | d])
          WHEN a:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(a) | d])
          WHEN a:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(a) | d])
          ELSE null END] | a {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0],
          to: [owner IN [CASE
          WHEN b:Department THEN b
          WHEN b:Goal THEN head([(d:Department)-[:OWNS]->(b) | d])
          WHEN b:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(b) | d])
          WHEN b:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(b) | d])
          WHEN b:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(b) | d])
          WHEN b:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(b) | d])
          ELSE null END] | b {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0]
        }) AS edges
      {"ids":["ltk-okf-2009:it:a"]}"
    `);
  });

  it("search", async () => {
    recording.answer("db.index.fulltext.queryNodes", [{ node: NODES[SYSTEM], score: 2.5 }]);
    expect(
      await cypherOf(
        `query($text: String!, $planId: ID) { search(text: $text, planId: $planId, limit: 5) { node { id } } }`,
        {
          text: "OPUS",
          planId: PLAN,
        },
      ),
    ).toMatchInlineSnapshot(`
      "READ search
      CALL db.index.fulltext.queryNodes($index, $query, {limit: toInteger($fetch)}) YIELD node, score
      WHERE ($kinds IS NULL OR node.kind IN $kinds) AND ($planId IS NULL OR node.planId = $planId)
      WITH node, score * CASE
          WHEN toLower(node.name) = $text OR any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) = $text) THEN 10.0
          WHEN toLower(node.name) STARTS WITH $text THEN 3.0
          ELSE 1.0 END AS score
      RETURN [owner IN [CASE
          WHEN node:Department THEN node
          WHEN node:Goal THEN head([(d:Department)-[:OWNS]->(node) | d])
          WHEN node:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(node) | d])
          WHEN node:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(node) | d])
          WHEN node:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(node) | d])
          WHEN node:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(node) | d])
          ELSE null END] | node {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS node, score
      ORDER BY score DESC, node.id
      LIMIT toInteger($limit)
      {"index":"plangraf_text","query":"OPUS opus*","text":"opus","fetch":1000,"kinds":null,"planId":"ltk-okf-2009","limit":5}"
    `);
  });

  it("dependencyMatrix", async () => {
    expect(
      await cypherOf(
        `query($planId: ID) { dependencyMatrix(planId: $planId) { departments { id } cells { count } } }`,
        {
          planId: PLAN,
        },
      ),
    ).toMatchInlineSnapshot(`
      "READ dependency-matrix
      RETURN EXISTS { MATCH (p:Plan) WHERE p.planId = $planId } AS found
      {"planId":"ltk-okf-2009"}

      READ dependency-matrix
      MATCH (n:Entity {planId: $planId})
      WHERE n:Department
      RETURN [owner IN [CASE
          WHEN n:Department THEN n
          WHEN n:Goal THEN head([(d:Department)-[:OWNS]->(n) | d])
          WHEN n:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(n) | d])
          WHEN n:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(n) | d])
          WHEN n:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(n) | d])
          WHEN n:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(n) | d])
          ELSE null END] | n {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS node
      ORDER BY n.planId, n.date, n.letter, n.ordinal, CASE WHEN n:StatusItem THEN size(n.id) END, CASE WHEN n:StatusItem THEN n.id END, toLower(n.name), n.id
      {"planId":"ltk-okf-2009"}

      READ dependency-matrix
      MATCH (a:Entity)-[r:HAS_INITIATIVE|DEPENDS_ON|USES|PART_OF|TAKES_DATA_FROM|INVOLVES|COORDINATES_WITH|HAS_MILESTONE|FOLLOWS|ADVANCES]->(b:Entity)
      WHERE ($planId IS NULL OR a.planId = $planId)
      WITH a, r, b, (CASE
          WHEN a:Department THEN a
          WHEN a:Goal THEN head([(d:Department)-[:OWNS]->(a) | d])
          WHEN a:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(a) | d])
          WHEN a:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(a) | d])
          WHEN a:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(a) | d])
          WHEN a:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(a) | d])
          ELSE null END).id AS fromDept, (CASE
          WHEN b:Department THEN b
          WHEN b:Goal THEN head([(d:Department)-[:OWNS]->(b) | d])
          WHEN b:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(b) | d])
          WHEN b:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(b) | d])
          WHEN b:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(b) | d])
          WHEN b:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(b) | d])
          ELSE null END).id AS toDept
      WHERE fromDept IS NOT NULL AND toDept IS NOT NULL AND fromDept <> toDept
      RETURN {
          id: coalesce(r.key, a.id + '|' + type(r) + '|' + b.id),
          type: type(r),
          evidence: coalesce(r.evidence, ''),
          section: coalesce(r.section, ''),
          inferred: coalesce(r.inferred, false),
          reason: r.reason,
          origin: coalesce(r.origin, ''),
          from: [owner IN [CASE
          WHEN a:Department THEN a
          WHEN a:Goal THEN head([(d:Department)-[:OWNS]->(a) | d])
          WHEN a:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(a) | d])
          WHEN a:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(a) | d])
          WHEN a:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(a) | d])
          WHEN a:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(a) | d])
          ELSE null END] | a {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0],
          to: [owner IN [CASE
          WHEN b:Department THEN b
          WHEN b:Goal THEN head([(d:Department)-[:OWNS]->(b) | d])
          WHEN b:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(b) | d])
          WHEN b:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(b) | d])
          WHEN b:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(b) | d])
          WHEN b:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(b) | d])
          ELSE null END] | b {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0]
        } AS edge
      ORDER BY fromDept, toDept, a.id, type(r), b.id
      {"planId":"ltk-okf-2009"}"
    `);
  });

  it("crossDepartmentDependencies", async () => {
    expect(
      await cypherOf(
        `query($planId: ID) { crossDepartmentDependencies(planId: $planId, include: [STATED, INFERRED]) { type } }`,
        { planId: PLAN },
      ),
    ).toMatchInlineSnapshot(`
      "READ cross-department-edges
      RETURN EXISTS { MATCH (p:Plan) WHERE p.planId = $planId } AS found
      {"planId":"ltk-okf-2009"}

      READ cross-department-edges
      MATCH (a:Entity)-[r:HAS_INITIATIVE|DEPENDS_ON|USES|PART_OF|TAKES_DATA_FROM|INVOLVES|COORDINATES_WITH|HAS_MILESTONE|FOLLOWS|ADVANCES]->(b:Entity)
      WHERE ($planId IS NULL OR a.planId = $planId)
      WITH a, r, b, (CASE
          WHEN a:Department THEN a
          WHEN a:Goal THEN head([(d:Department)-[:OWNS]->(a) | d])
          WHEN a:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(a) | d])
          WHEN a:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(a) | d])
          WHEN a:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(a) | d])
          WHEN a:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(a) | d])
          ELSE null END).id AS fromDept, (CASE
          WHEN b:Department THEN b
          WHEN b:Goal THEN head([(d:Department)-[:OWNS]->(b) | d])
          WHEN b:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(b) | d])
          WHEN b:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(b) | d])
          WHEN b:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(b) | d])
          WHEN b:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(b) | d])
          ELSE null END).id AS toDept
      WHERE fromDept IS NOT NULL AND toDept IS NOT NULL AND fromDept <> toDept
      RETURN {
          id: coalesce(r.key, a.id + '|' + type(r) + '|' + b.id),
          type: type(r),
          evidence: coalesce(r.evidence, ''),
          section: coalesce(r.section, ''),
          inferred: coalesce(r.inferred, false),
          reason: r.reason,
          origin: coalesce(r.origin, ''),
          from: [owner IN [CASE
          WHEN a:Department THEN a
          WHEN a:Goal THEN head([(d:Department)-[:OWNS]->(a) | d])
          WHEN a:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(a) | d])
          WHEN a:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(a) | d])
          WHEN a:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(a) | d])
          WHEN a:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(a) | d])
          ELSE null END] | a {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0],
          to: [owner IN [CASE
          WHEN b:Department THEN b
          WHEN b:Goal THEN head([(d:Department)-[:OWNS]->(b) | d])
          WHEN b:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(b) | d])
          WHEN b:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(b) | d])
          WHEN b:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(b) | d])
          WHEN b:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(b) | d])
          ELSE null END] | b {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0]
        } AS edge
      ORDER BY fromDept, toDept, a.id, type(r), b.id
      {"planId":"ltk-okf-2009"}"
    `);
  });

  it("graph view", async () => {
    recording.answer("AS planFound", [{ planFound: true, nodes: [], edges: [] }]);
    expect(
      await cypherOf(`query($filter: GraphFilter) { graph(filter: $filter) { nodes { id } edges { id } truncated } }`, {
        filter: { planId: PLAN, kinds: ["GOAL", "SYSTEM"] },
      }),
    ).toMatchInlineSnapshot(`
      "READ graph-view
      RETURN ($planId IS NULL OR EXISTS { MATCH (p:Plan) WHERE p.planId = $planId }) AS planFound,
        COLLECT {
          MATCH (n:Entity {planId: $planId})
          WHERE ($kinds IS NULL OR n.kind IN $kinds)
          WITH n, CASE
          WHEN n:Department THEN n
          WHEN n:Goal THEN head([(d:Department)-[:OWNS]->(n) | d])
          WHEN n:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(n) | d])
          WHEN n:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(n) | d])
          WHEN n:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(n) | d])
          WHEN n:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(n) | d])
          ELSE null END AS owner
          RETURN {
            id: n.id, name: n.name, kind: n.kind, departmentId: owner.id, departmentName: owner.name,
            letter: n.letter, ordinal: n.ordinal,
            goalLetter: CASE WHEN n:Initiative THEN head([(g:Goal)-[:HAS_INITIATIVE]->(n) | g.letter]) END
          }
        } AS nodes,
        COLLECT {
          MATCH (a:Entity {planId: $planId})-[r]->(b:Entity)
          WHERE ($types IS NULL OR type(r) IN $types)
          RETURN {
            id: coalesce(r.key, a.id + '|' + type(r) + '|' + b.id), source: a.id, target: b.id, type: type(r),
            evidence: coalesce(r.evidence, ''), section: coalesce(r.section, ''), inferred: coalesce(r.inferred, false)
          }
        } AS edges
      {"kinds":["Goal","System"],"types":null,"planId":"ltk-okf-2009"}"
    `);
  });

  it("whatIf", async () => {
    recording.answer("AS nodes,", [{ found: 1, nodes: [NODES[MILESTONE], NODES[GOAL]], edges: [EDGES[1]] }]);
    expect(
      await cypherOf(
        `query($milestone: ID!) { whatIf(milestone: $milestone, slipDays: 30) { newDate goals { id } missedDeadlines { deadline } } }`,
        { milestone: MILESTONE },
      ),
    ).toMatchInlineSnapshot(`
      "READ impact:downstream
      MATCH (root:Entity {id: $id})
      CALL {
        WITH root
        OPTIONAL MATCH (root) ((a)-[r:HAS_INITIATIVE|DEPENDS_ON|USES|PART_OF|TAKES_DATA_FROM|INVOLVES|COORDINATES_WITH|HAS_MILESTONE|FOLLOWS|ADVANCES]-(b)
          WHERE ((type(r) IN ['HAS_INITIATIVE', 'DEPENDS_ON', 'USES', 'PART_OF', 'TAKES_DATA_FROM', 'INVOLVES', 'HAS_MILESTONE', 'FOLLOWS'] AND endNode(r) = a)
              OR (type(r) IN ['ADVANCES'] AND startNode(r) = a)
              OR type(r) IN ['COORDINATES_WITH'])
            AND (a.id = $id OR NOT (a:Plan OR a:Department OR a:Organisation OR a:Theme OR a:StatusItem))
            AND NOT (b:Plan OR b:StatusItem)){1,11} (n:Entity)
        WITH DISTINCT root, n
        WHERE n IS NOT NULL AND n <> root
        WITH n LIMIT toInteger($cap)
        RETURN collect(n) AS found
      }
      WITH root, found, found + root AS members
      RETURN size(found) AS found,
        [m IN members | [owner IN [CASE
          WHEN m:Department THEN m
          WHEN m:Goal THEN head([(d:Department)-[:OWNS]->(m) | d])
          WHEN m:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(m) | d])
          WHEN m:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(m) | d])
          WHEN m:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(m) | d])
          WHEN m:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(m) | d])
          ELSE null END] | m {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0]] AS nodes,
        COLLECT {
          UNWIND members AS a
          MATCH (a)-[r:HAS_INITIATIVE|DEPENDS_ON|USES|PART_OF|TAKES_DATA_FROM|INVOLVES|COORDINATES_WITH|HAS_MILESTONE|FOLLOWS|ADVANCES]->(b:Entity)
          WHERE b IN members
          RETURN {
          id: coalesce(r.key, a.id + '|' + type(r) + '|' + b.id),
          type: type(r),
          evidence: coalesce(r.evidence, ''),
          section: coalesce(r.section, ''),
          inferred: coalesce(r.inferred, false),
          reason: r.reason,
          origin: coalesce(r.origin, ''),
          from: a.id,
          to: b.id
        }
        } AS edges
      {"id":"ltk-okf-2009:opus-i-drift","cap":5000}

      READ what-if:deadlines
      UNWIND $ids AS id
      MATCH (h:Entity {id: id})-[:HAS_MILESTONE]->(m:Milestone)
      WHERE m.timing = 'DEADLINE'
      RETURN h {.id, .name, .kind} AS holder, [owner IN [CASE
          WHEN m:Department THEN m
          WHEN m:Goal THEN head([(d:Department)-[:OWNS]->(m) | d])
          WHEN m:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(m) | d])
          WHEN m:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(m) | d])
          WHEN m:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(m) | d])
          WHEN m:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(m) | d])
          ELSE null END] | m {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS milestone
      ORDER BY m.date, m.id, h.id
      {"ids":["ltk-okf-2009:it:a"]}"
    `);
  });

  it("systems", async () => {
    recording.answer("WHERE n:System", [{ node: NODES[SYSTEM] }]);
    expect(await cypherOf(`query($planId: ID) { systems(planId: $planId) { id name } }`, { planId: PLAN }))
      .toMatchInlineSnapshot(`
      "READ nodes-of-kind:System
      MATCH (n:Entity {planId: $planId})
      WHERE n:System
      RETURN [owner IN [CASE
          WHEN n:Department THEN n
          WHEN n:Goal THEN head([(d:Department)-[:OWNS]->(n) | d])
          WHEN n:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(n) | d])
          WHEN n:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(n) | d])
          WHEN n:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(n) | d])
          WHEN n:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(n) | d])
          ELSE null END] | n {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS node
      ORDER BY n.planId, n.date, n.letter, n.ordinal, CASE WHEN n:StatusItem THEN size(n.id) END, CASE WHEN n:StatusItem THEN n.id END, toLower(n.name), n.id
      {"planId":"ltk-okf-2009"}"
    `);
  });

  it("comparePlans", async () => {
    recording.answer("RETURN p.id AS id, p.year AS year", (params) => [{ id: params.planId, year: 2009 }]);
    expect(
      await cypherOf(`query($from: ID!, $to: ID!) { comparePlans(from: $from, to: $to) { goals { change } } }`, {
        from: PLAN,
        to: "ltk-okf-2010",
      }),
    ).toMatchInlineSnapshot(`
      "READ compare-plans
      MATCH (p:Plan {id: $planId}) RETURN p.id AS id, p.year AS year
      {"planId":"ltk-okf-2009"}

      READ compare-plans
      MATCH (d:Department {planId: $planId})-[:OWNS]->(g:Goal)
      OPTIONAL MATCH (g)-[:HAS_INITIATIVE]->(i:Initiative)
      WITH d, g, i ORDER BY i.ordinal
      WITH d, g, collect(i {.id, .text, .ordinal}) AS initiatives
      RETURN [owner IN [CASE
          WHEN g:Department THEN g
          WHEN g:Goal THEN head([(d:Department)-[:OWNS]->(g) | d])
          WHEN g:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(g) | d])
          WHEN g:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(g) | d])
          WHEN g:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(g) | d])
          WHEN g:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(g) | d])
          ELSE null END] | g {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS goal, d.name AS department, initiatives
      ORDER BY d.name, g.letter
      {"planId":"ltk-okf-2009"}

      READ compare-plans
      MATCH (s:System {planId: $planId})
      RETURN [owner IN [CASE
          WHEN s:Department THEN s
          WHEN s:Goal THEN head([(d:Department)-[:OWNS]->(s) | d])
          WHEN s:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(s) | d])
          WHEN s:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(s) | d])
          WHEN s:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(s) | d])
          WHEN s:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(s) | d])
          ELSE null END] | s {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS system
      ORDER BY s.name
      {"planId":"ltk-okf-2009"}

      READ compare-plans
      MATCH (m:Milestone {planId: $planId})
      OPTIONAL MATCH (holder:Entity)-[:HAS_MILESTONE]->(m)
      WITH m, collect(holder.id)[0] AS holderId
      RETURN [owner IN [CASE
          WHEN m:Department THEN m
          WHEN m:Goal THEN head([(d:Department)-[:OWNS]->(m) | d])
          WHEN m:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(m) | d])
          WHEN m:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(m) | d])
          WHEN m:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(m) | d])
          WHEN m:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(m) | d])
          ELSE null END] | m {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS milestone, holderId
      ORDER BY m.date
      {"planId":"ltk-okf-2009"}

      READ compare-plans
      MATCH (a:Entity {planId: $planId})-[r:DEPENDS_ON|COORDINATES_WITH|INVOLVES]->(b:Entity)
      WHERE type(r) <> 'INVOLVES' OR b:Department
      RETURN type(r) AS type, [owner IN [CASE
          WHEN a:Department THEN a
          WHEN a:Goal THEN head([(d:Department)-[:OWNS]->(a) | d])
          WHEN a:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(a) | d])
          WHEN a:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(a) | d])
          WHEN a:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(a) | d])
          WHEN a:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(a) | d])
          ELSE null END] | a {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS from, [owner IN [CASE
          WHEN b:Department THEN b
          WHEN b:Goal THEN head([(d:Department)-[:OWNS]->(b) | d])
          WHEN b:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(b) | d])
          WHEN b:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(b) | d])
          WHEN b:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(b) | d])
          WHEN b:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(b) | d])
          ELSE null END] | b {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS to, r.evidence AS evidence
      ORDER BY a.id, b.id
      {"planId":"ltk-okf-2009"}

      READ compare-plans
      MATCH (p:Plan {id: $planId}) RETURN p.id AS id, p.year AS year
      {"planId":"ltk-okf-2010"}

      READ compare-plans
      MATCH (d:Department {planId: $planId})-[:OWNS]->(g:Goal)
      OPTIONAL MATCH (g)-[:HAS_INITIATIVE]->(i:Initiative)
      WITH d, g, i ORDER BY i.ordinal
      WITH d, g, collect(i {.id, .text, .ordinal}) AS initiatives
      RETURN [owner IN [CASE
          WHEN g:Department THEN g
          WHEN g:Goal THEN head([(d:Department)-[:OWNS]->(g) | d])
          WHEN g:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(g) | d])
          WHEN g:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(g) | d])
          WHEN g:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(g) | d])
          WHEN g:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(g) | d])
          ELSE null END] | g {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS goal, d.name AS department, initiatives
      ORDER BY d.name, g.letter
      {"planId":"ltk-okf-2010"}

      READ compare-plans
      MATCH (s:System {planId: $planId})
      RETURN [owner IN [CASE
          WHEN s:Department THEN s
          WHEN s:Goal THEN head([(d:Department)-[:OWNS]->(s) | d])
          WHEN s:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(s) | d])
          WHEN s:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(s) | d])
          WHEN s:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(s) | d])
          WHEN s:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(s) | d])
          ELSE null END] | s {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS system
      ORDER BY s.name
      {"planId":"ltk-okf-2010"}

      READ compare-plans
      MATCH (m:Milestone {planId: $planId})
      OPTIONAL MATCH (holder:Entity)-[:HAS_MILESTONE]->(m)
      WITH m, collect(holder.id)[0] AS holderId
      RETURN [owner IN [CASE
          WHEN m:Department THEN m
          WHEN m:Goal THEN head([(d:Department)-[:OWNS]->(m) | d])
          WHEN m:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(m) | d])
          WHEN m:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(m) | d])
          WHEN m:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(m) | d])
          WHEN m:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(m) | d])
          ELSE null END] | m {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS milestone, holderId
      ORDER BY m.date
      {"planId":"ltk-okf-2010"}

      READ compare-plans
      MATCH (a:Entity {planId: $planId})-[r:DEPENDS_ON|COORDINATES_WITH|INVOLVES]->(b:Entity)
      WHERE type(r) <> 'INVOLVES' OR b:Department
      RETURN type(r) AS type, [owner IN [CASE
          WHEN a:Department THEN a
          WHEN a:Goal THEN head([(d:Department)-[:OWNS]->(a) | d])
          WHEN a:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(a) | d])
          WHEN a:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(a) | d])
          WHEN a:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(a) | d])
          WHEN a:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(a) | d])
          ELSE null END] | a {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS from, [owner IN [CASE
          WHEN b:Department THEN b
          WHEN b:Goal THEN head([(d:Department)-[:OWNS]->(b) | d])
          WHEN b:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(b) | d])
          WHEN b:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(b) | d])
          WHEN b:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(b) | d])
          WHEN b:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(b) | d])
          ELSE null END] | b {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS to, r.evidence AS evidence
      ORDER BY a.id, b.id
      {"planId":"ltk-okf-2010"}

      READ compare-plans
      MATCH (c:GoalMatchCorrection {fromPlan: $from, toPlan: $to})
      RETURN c.fromGoal AS fromGoal, c.toGoal AS toGoal
      ORDER BY c.at
      {"from":"ltk-okf-2009","to":"ltk-okf-2010"}"
    `);
  });

  it("updateGoal with the version it was read at", async () => {
    recording.answer("SET n.__lock = true", [{ node: stored(GOAL) }]);
    recording.answer("SET n += $patch", (params) => [{ node: { ...stored(GOAL), ...(params.patch as Row) } }]);
    expect(
      await cypherOf(
        `mutation($id: ID!, $version: Int!, $patch: GoalPatch!) { updateGoal(id: $id, version: $version, patch: $patch) { id version } }`,
        { id: GOAL, version: 3, patch: { title: "Servicedesk og support" } },
      ),
    ).toMatchInlineSnapshot(`
      "WRITE update-Goal
      MATCH (n:Entity {id: $id})
      SET n.__lock = true
      REMOVE n.__lock
      RETURN n {.*} AS node
      {"id":"ltk-okf-2009:it:a"}

      WRITE update-Goal
      MATCH (n:Entity {id: $id})
      SET n += $patch
      RETURN n {.*} AS node
      {"id":"ltk-okf-2009:it:a","patch":{"title":"Servicedesk og support","version":4}}

      WRITE update-Goal
      MERGE (counter:AuditSequence {id: 'audit'})
      SET counter.value = coalesce(counter.value, 0) + 1
      CREATE (a:AuditEntry {
        id: randomUUID(), seq: counter.value, at: toString(datetime()), actor: $actor, role: $role,
        action: $action, kind: $kind, nodeId: $nodeId, planId: $planId, before: $before, after: $after
      })
      RETURN a.id AS id
      {"actor":"test-planner","role":"planner","action":"update","kind":"Goal","nodeId":"ltk-okf-2009:it:a","planId":"ltk-okf-2009","before":"{\\"id\\":\\"ltk-okf-2009:it:a\\",\\"kind\\":\\"Goal\\",\\"planId\\":\\"ltk-okf-2009\\",\\"name\\":\\"A. Servicedesk\\",\\"source\\":\\"virksomhedsplan-2009.md:1\\",\\"version\\":3,\\"letter\\":\\"A\\",\\"title\\":\\"Servicedesk\\",\\"mainGoal\\":\\"Én indgang for brugerne\\",\\"strategy\\":\\"\\"}","after":"{\\"id\\":\\"ltk-okf-2009:it:a\\",\\"kind\\":\\"Goal\\",\\"planId\\":\\"ltk-okf-2009\\",\\"name\\":\\"A. Servicedesk\\",\\"source\\":\\"virksomhedsplan-2009.md:1\\",\\"version\\":4,\\"letter\\":\\"A\\",\\"title\\":\\"Servicedesk og support\\",\\"mainGoal\\":\\"Én indgang for brugerne\\",\\"strategy\\":\\"\\"}"}"
    `);
  });

  it("deleteGoal with the version it was read at", async () => {
    recording.answer("SET n.__lock = true", [{ node: stored(GOAL) }]);
    expect(
      await cypherOf(`mutation($id: ID!, $version: Int!) { deleteGoal(id: $id, version: $version) { deletedIds } }`, {
        id: GOAL,
        version: 3,
      }),
    ).toMatchInlineSnapshot(`
      "WRITE delete-Goal
      MATCH (n:Entity {id: $id})
      SET n.__lock = true
      REMOVE n.__lock
      RETURN n {.*} AS node
      {"id":"ltk-okf-2009:it:a"}

      WRITE delete-Goal
      MATCH (:Goal {id: $id})-[:HAS_INITIATIVE]->(i:Initiative)
      RETURN i.id AS id
      {"id":"ltk-okf-2009:it:a"}

      WRITE delete-Goal
      MATCH (n:Entity) WHERE n.id IN $ids
      DETACH DELETE n
      RETURN count(*) AS count
      {"ids":["ltk-okf-2009:it:a"]}

      WRITE delete-Goal
      UNWIND $ids AS id
      MERGE (t:DeletedId {id: id})
      ON CREATE SET t.planId = $planId, t.deletedAt = toString(datetime())
      RETURN count(t) AS count
      {"ids":["ltk-okf-2009:it:a"],"planId":"ltk-okf-2009"}

      WRITE delete-Goal
      MERGE (counter:AuditSequence {id: 'audit'})
      SET counter.value = coalesce(counter.value, 0) + 1
      CREATE (a:AuditEntry {
        id: randomUUID(), seq: counter.value, at: toString(datetime()), actor: $actor, role: $role,
        action: $action, kind: $kind, nodeId: $nodeId, planId: $planId, before: $before, after: $after
      })
      RETURN a.id AS id
      {"actor":"test-planner","role":"planner","action":"delete","kind":"Goal","nodeId":"ltk-okf-2009:it:a","planId":"ltk-okf-2009","before":"{\\"id\\":\\"ltk-okf-2009:it:a\\",\\"kind\\":\\"Goal\\",\\"planId\\":\\"ltk-okf-2009\\",\\"name\\":\\"A. Servicedesk\\",\\"source\\":\\"virksomhedsplan-2009.md:1\\",\\"version\\":3,\\"letter\\":\\"A\\",\\"title\\":\\"Servicedesk\\",\\"mainGoal\\":\\"Én indgang for brugerne\\",\\"strategy\\":\\"\\",\\"deletedWith\\":[]}","after":"null"}"
    `);
  });

  it("createDependency", async () => {
    recording.answer("OPTIONAL MATCH (n:Entity {id: id})", (params) =>
      idsOf(params).map((id) => ({ id, kind: NODES[id]!.kind, planId: PLAN })),
    );
    recording.answer("SET r = $props", (params) => [{ rel: { ...(params.props as Row) } }]);
    recording.answer("AS edge", [{ edge: fullEdge(GOAL, "USES", SYSTEM) }]);
    expect(
      await cypherOf(
        `mutation($input: DependencyInput!) { createDependency(input: $input) { type evidence from { id } to { id } } }`,
        {
          input: {
            from: GOAL,
            to: SYSTEM,
            type: "USES",
            evidence: "OPUS skal være i drift 1. juni 2009.",
            section: "IT-afdelingen",
          },
        },
      ),
    ).toMatchInlineSnapshot(`
      "WRITE create-dependency
      UNWIND $ids AS id
      OPTIONAL MATCH (n:Entity {id: id})
      RETURN id, n.kind AS kind, n.planId AS planId
      {"ids":["ltk-okf-2009:it:a","ltk-okf-2009:opus"]}

      WRITE create-dependency
      MATCH (a:Entity {id: $from})-[r:USES]->(b:Entity {id: $to})
      SET r.__lock = true
      REMOVE r.__lock
      RETURN r {.*} AS rel
      {"from":"ltk-okf-2009:it:a","to":"ltk-okf-2009:opus"}

      WRITE create-dependency
      MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
      CREATE (a)-[r:USES]->(b)
      SET r = $props
      RETURN r {.*} AS rel
      {"from":"ltk-okf-2009:it:a","to":"ltk-okf-2009:opus","props":{"section":"IT-afdelingen","evidence":"OPUS skal være i drift 1. juni 2009.","inferred":false,"reason":"","origin":"edit","key":"ltk-okf-2009:it:a|USES|ltk-okf-2009:opus","version":1}}

      WRITE create-dependency
      MERGE (counter:AuditSequence {id: 'audit'})
      SET counter.value = coalesce(counter.value, 0) + 1
      CREATE (a:AuditEntry {
        id: randomUUID(), seq: counter.value, at: toString(datetime()), actor: $actor, role: $role,
        action: $action, kind: $kind, nodeId: $nodeId, planId: $planId, before: $before, after: $after
      })
      RETURN a.id AS id
      {"actor":"test-planner","role":"planner","action":"create","kind":"Dependency","nodeId":"ltk-okf-2009:it:a|USES|ltk-okf-2009:opus","planId":"ltk-okf-2009","before":"null","after":"{\\"section\\":\\"IT-afdelingen\\",\\"evidence\\":\\"OPUS skal være i drift 1. juni 2009.\\",\\"inferred\\":false,\\"reason\\":\\"\\",\\"origin\\":\\"edit\\",\\"key\\":\\"ltk-okf-2009:it:a|USES|ltk-okf-2009:opus\\",\\"version\\":1}"}

      WRITE create-dependency
      MATCH (a:Entity {id: $from})-[r:USES]->(b:Entity {id: $to})
      RETURN {
          id: coalesce(r.key, a.id + '|' + type(r) + '|' + b.id),
          type: type(r),
          evidence: coalesce(r.evidence, ''),
          section: coalesce(r.section, ''),
          inferred: coalesce(r.inferred, false),
          reason: r.reason,
          origin: coalesce(r.origin, ''),
          from: [owner IN [CASE
          WHEN a:Department THEN a
          WHEN a:Goal THEN head([(d:Department)-[:OWNS]->(a) | d])
          WHEN a:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(a) | d])
          WHEN a:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(a) | d])
          WHEN a:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(a) | d])
          WHEN a:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(a) | d])
          ELSE null END] | a {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0],
          to: [owner IN [CASE
          WHEN b:Department THEN b
          WHEN b:Goal THEN head([(d:Department)-[:OWNS]->(b) | d])
          WHEN b:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(b) | d])
          WHEN b:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(b) | d])
          WHEN b:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(b) | d])
          WHEN b:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(b) | d])
          ELSE null END] | b {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0]
        } AS edge
      {"from":"ltk-okf-2009:it:a","to":"ltk-okf-2009:opus"}"
    `);
  });

  it("systemLinks", async () => {
    recording.answer("AS modules", [{ system: NODES[SYSTEM], modules: [], edges: [fullEdge(GOAL, "USES", SYSTEM)] }]);
    expect(
      await cypherOf(`query($id: ID!) { systemLinks(id: $id) { system { id } byDepartment { department { id } } } }`, {
        id: SYSTEM,
      }),
    ).toMatchInlineSnapshot(`
      "READ system-links
      MATCH (s:System {id: $id})
      OPTIONAL MATCH (m:System)-[:PART_OF*1..3]->(s)
      WITH s, collect(DISTINCT m) AS modules
      WITH s, modules, [s] + modules AS targets
      RETURN [owner IN [CASE
          WHEN s:Department THEN s
          WHEN s:Goal THEN head([(d:Department)-[:OWNS]->(s) | d])
          WHEN s:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(s) | d])
          WHEN s:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(s) | d])
          WHEN s:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(s) | d])
          WHEN s:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(s) | d])
          ELSE null END] | s {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS system,
        COLLECT { UNWIND modules AS m WITH m ORDER BY m.name, m.id RETURN [owner IN [CASE
          WHEN m:Department THEN m
          WHEN m:Goal THEN head([(d:Department)-[:OWNS]->(m) | d])
          WHEN m:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(m) | d])
          WHEN m:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(m) | d])
          WHEN m:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(m) | d])
          WHEN m:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(m) | d])
          ELSE null END] | m {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] } AS modules,
        COLLECT {
          UNWIND targets AS b
          MATCH (a:Entity)-[r]->(b)
          WHERE NOT (type(r) = 'PART_OF' AND a IN targets)
          RETURN {
          id: coalesce(r.key, a.id + '|' + type(r) + '|' + b.id),
          type: type(r),
          evidence: coalesce(r.evidence, ''),
          section: coalesce(r.section, ''),
          inferred: coalesce(r.inferred, false),
          reason: r.reason,
          origin: coalesce(r.origin, ''),
          from: [owner IN [CASE
          WHEN a:Department THEN a
          WHEN a:Goal THEN head([(d:Department)-[:OWNS]->(a) | d])
          WHEN a:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(a) | d])
          WHEN a:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(a) | d])
          WHEN a:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(a) | d])
          WHEN a:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(a) | d])
          ELSE null END] | a {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0],
          to: [owner IN [CASE
          WHEN b:Department THEN b
          WHEN b:Goal THEN head([(d:Department)-[:OWNS]->(b) | d])
          WHEN b:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(b) | d])
          WHEN b:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(b) | d])
          WHEN b:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(b) | d])
          WHEN b:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(b) | d])
          ELSE null END] | b {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0]
        }
        } + COLLECT {
          UNWIND targets AS a
          MATCH (a)-[r]->(b:Entity)
          WHERE NOT (type(r) = 'PART_OF' AND b IN targets)
          RETURN {
          id: coalesce(r.key, a.id + '|' + type(r) + '|' + b.id),
          type: type(r),
          evidence: coalesce(r.evidence, ''),
          section: coalesce(r.section, ''),
          inferred: coalesce(r.inferred, false),
          reason: r.reason,
          origin: coalesce(r.origin, ''),
          from: [owner IN [CASE
          WHEN a:Department THEN a
          WHEN a:Goal THEN head([(d:Department)-[:OWNS]->(a) | d])
          WHEN a:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(a) | d])
          WHEN a:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(a) | d])
          WHEN a:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(a) | d])
          WHEN a:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(a) | d])
          ELSE null END] | a {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0],
          to: [owner IN [CASE
          WHEN b:Department THEN b
          WHEN b:Goal THEN head([(d:Department)-[:OWNS]->(b) | d])
          WHEN b:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(b) | d])
          WHEN b:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(b) | d])
          WHEN b:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(b) | d])
          WHEN b:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(b) | d])
          ELSE null END] | b {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0]
        }
        } AS edges
      {"id":"ltk-okf-2009:opus"}

      READ system-links
      UNWIND $ids AS id
      MATCH (n:Entity {id: id})
      RETURN [owner IN [CASE
          WHEN n:Department THEN n
          WHEN n:Goal THEN head([(d:Department)-[:OWNS]->(n) | d])
          WHEN n:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(n) | d])
          WHEN n:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(n) | d])
          WHEN n:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(n) | d])
          WHEN n:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(n) | d])
          ELSE null END] | n {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0] AS node
      {"ids":["ltk-okf-2009:it","ltk-okf-2009:it:a"]}"
    `);
  });
});
