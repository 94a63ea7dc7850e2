/**
 * Neo4j stops and starts again while planners write: every write the API acknowledged is
 * in the database afterwards, none is half-applied (each has its audit entry, written in
 * the same transaction), queries fail fast with SERVICE_UNAVAILABLE while it is down,
 * /readyz says 503, and the API answers again by itself, without a restart.
 * Uses its own Neo4j instance ("restart") so the shared test server keeps running.
 */
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signToken } from "../../../api/auth/tokens.js";
import { buildApp, type App } from "../../../api/server.js";
import { readNeo4jSettings } from "../../../graph/config.js";
import { GraphDb } from "../../../graph/driver.js";
import { startLocalNeo4j, type LocalNeo4j } from "../../../graph/local/server.js";
import { applySchema } from "../../../graph/schema.js";
import { TEST_AUTH } from "../../helpers/api.js";
import { loadFixturePlan } from "../../helpers/fixture-plan.js";

const planId = "test-restart";
const port = Number(process.env.PLANGRAF_RESTART_NEO4J_PORT || 7694);
const settings = readNeo4jSettings({ ...process.env, PLANGRAF_NEO4J_PORT: String(port) });
const start = () => startLocalNeo4j({ localDir: settings.localDir, name: "restart", port, heapMb: 384 });

describe("when Neo4j restarts under writes", () => {
  let neo4j: LocalNeo4j;
  let db: GraphDb;
  let app: App;
  let url: string;
  let token: string;

  beforeAll(async () => {
    neo4j = await start();
    // Set-up on a cold server may take a while on a busy machine: its own connection with a
    // generous timeout. The API's connection keeps short ones, so that failures show quickly.
    const setup = GraphDb.connect({ uri: neo4j.uri, user: "neo4j", password: "", txTimeoutMs: 120_000 });
    try {
      await setup.write("wipe", (tx) => tx.run("MATCH (n) DETACH DELETE n"));
      await applySchema(setup);
      await loadFixturePlan(setup, planId);
    } finally {
      await setup.close();
    }
    db = GraphDb.connect({ uri: neo4j.uri, user: "neo4j", password: "", txTimeoutMs: 5_000, maxRetryTimeMs: 3_000, connectionTimeoutMs: 2_000 });
    app = await buildApp({ db, auth: TEST_AUTH, log: (message, error) => console.error(message, (error as { code?: string })?.code, String(error).slice(0, 300)) });
    await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
    token = (await signToken(TEST_AUTH.secret, "restart-test", "planner")).token;
  }, 180_000);

  afterAll(async () => {
    await app?.apollo.stop();
    await db?.close();
    await neo4j?.stop();
  }, 60_000);

  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] } };
  };
  const create = (n: number) =>
    gql(`mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }`, { input: { planId, name: `Part ${n}` } });

  it("keeps every acknowledged write, applies none by half, and recovers by itself", async () => {
    const acknowledged: string[] = [];
    const codes = new Map<string, number>();
    let n = 0;
    let writing = true;
    const writer = (async () => {
      while (writing) {
        const result = await create(n++).catch(() => null);
        if (result === null) break;
        const id = (result.body.data?.createOrganisation as { id: string } | undefined)?.id;
        if (id) acknowledged.push(id);
        else {
          const code = result.body.errors?.[0]?.extensions?.code ?? `HTTP ${result.status}`;
          codes.set(code, (codes.get(code) ?? 0) + 1);
        }
      }
    })();

    while (acknowledged.length < 20) await new Promise((r) => setTimeout(r, 50));
    await neo4j.stop();
    const down = await fetch(`${url}/readyz`);
    expect(down.status).toBe(503);
    const failedAt = Date.now();
    const whileDown = await gql(`{ plans { id } }`);
    expect(whileDown.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(Date.now() - failedAt).toBeLessThan(15_000);

    neo4j = await start();
    const upAt = Date.now();
    let recoveredMs = -1;
    while (Date.now() - upAt < 30_000) {
      const probe = await gql(`{ plans { id } }`);
      if (!probe.body.errors) {
        recoveredMs = Date.now() - upAt;
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const before = acknowledged.length;
    while (acknowledged.length < before + 10) await new Promise((r) => setTimeout(r, 50));
    writing = false;
    await writer;

    console.log(`restart: ${acknowledged.length} writes acknowledged, refused while down: ${JSON.stringify(Object.fromEntries(codes))}, API answered ${recoveredMs} ms after Neo4j was back`);
    expect(recoveredMs).toBeGreaterThanOrEqual(0);
    expect(recoveredMs).toBeLessThan(10_000);
    // CONFLICT: a write whose commit reached the server but whose answer did not; the driver's
    // retry then finds it already there. It is stored, just not acknowledged.
    expect([...codes.keys()].filter((code) => !["SERVICE_UNAVAILABLE", "TIMEOUT", "CONFLICT"].includes(code))).toEqual([]);

    const rows = await db.read("check", (tx) =>
      tx.run<{ id: string; audits: number }>(
        `MATCH (o:Organisation {planId: $planId}) WHERE o.name STARTS WITH 'Part '
         OPTIONAL MATCH (a:AuditEntry {nodeId: o.id, action: 'create'})
         RETURN o.id AS id, count(a) AS audits`,
        { planId },
      ),
    );
    const stored = new Set(rows.map((r) => r.id));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect(rows.filter((r) => r.audits !== 1)).toEqual([]);
    const [orphans] = await db.read("orphans", (tx) =>
      tx.run<{ n: number }>(`MATCH (a:AuditEntry {planId: $planId, kind: 'Organisation'}) WHERE NOT EXISTS { MATCH (:Organisation {id: a.nodeId}) } RETURN count(a) AS n`, { planId }),
    );
    expect(orphans?.n).toBe(0);
  }, 240_000);
});
