/**
 * Faults of the database under a running API, on a Neo4j of the file's own (instance
 * "restart-<port>", authentication on, supervised as `npm start` supervises its own):
 * - paused (SIGSTOP): requests fail with SERVICE_UNAVAILABLE within 3 s and /readyz answers
 *   503 within 2 s; when it runs again, so does the API;
 * - killed (SIGKILL) while planners write: the supervisor starts it again, every write the
 *   API acknowledged is in the database, none is half-applied (each has its audit entry,
 *   written in the same transaction), and the API answers again by itself;
 * - a clean stop: the API drains (a write in flight still lands) before Neo4j stops.
 * PLANGRAF_FAULT_PAUSE_SECONDS (default 4) holds the pause longer, e.g. 40 for the run.
 */
import path from "node:path";
import type { AddressInfo } from "node:net";
import { neo4j as neo4jDriver } from "../../../graph/driver.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signToken } from "../../../api/auth/tokens.js";
import { buildApp, type App } from "../../../api/server.js";
import { shutdown } from "../../../api/shutdown.js";
import { readNeo4jSettings } from "../../../graph/config.js";
import { GraphDb } from "../../../graph/driver.js";
import { localNeo4jPassword } from "../../../graph/local/credentials.js";
import { isAlive, startLocalNeo4j } from "../../../graph/local/server.js";
import { Neo4jSupervisor } from "../../../graph/local/supervisor.js";
import { applySchema } from "../../../graph/schema.js";
import { TEST_AUTH } from "../../helpers/api.js";
import { loadFixturePlan } from "../../helpers/fixture-plan.js";

const planId = "test-restart";
const port = Number(process.env.PLANGRAF_RESTART_NEO4J_PORT || 7694);
const pauseSeconds = Number(process.env.PLANGRAF_FAULT_PAUSE_SECONDS || 4);
const settings = readNeo4jSettings({ ...process.env, PLANGRAF_NEO4J_PORT: String(port) });
// Generated once per instance and kept beside its folder, as `npm start` keeps its own in .plangraf/.
const password = localNeo4jPassword(path.join(settings.localDir, "instances", `restart-${port}.password`));
const start = () =>
  startLocalNeo4j({ localDir: settings.localDir, name: `restart-${port}`, port, heapMb: 384, password });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("when Neo4j is paused, killed or stopped under the API", () => {
  let supervisor: Neo4jSupervisor;
  const logs: string[] = [];
  let db: GraphDb;
  let app: App;
  let url: string;
  let token: string;

  beforeAll(async () => {
    supervisor = Neo4jSupervisor.supervise(await start(), start, { initialMs: 200, log: (line) => logs.push(line) });
    // Set-up on a cold server may take a while on a busy machine: its own connection with a
    // generous timeout. The API's connection keeps the product's short ones.
    const setup = GraphDb.connect({
      uri: supervisor.server.uri,
      user: "neo4j",
      password,
      txTimeoutMs: 120_000,
      watchdog: false,
    });
    try {
      await setup.write("wipe", (tx) => tx.run("MATCH (n) DETACH DELETE n"));
      await applySchema(setup);
      await loadFixturePlan(setup, planId);
    } finally {
      await setup.close();
    }
    db = GraphDb.connect({
      uri: supervisor.server.uri,
      user: "neo4j",
      password,
      txTimeoutMs: 5_000,
      maxRetryTimeMs: 3_000,
    });
    app = await buildApp({
      db,
      auth: TEST_AUTH,
      rateLimitPerMinute: false,
      clientConcurrency: 100,
      log: (message, error) => console.error(message, (error as { code?: string })?.code, String(error).slice(0, 300)),
    });
    await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
    token = (await signToken(TEST_AUTH.secret, "restart-test", "planner")).token;
  }, 180_000);

  afterAll(async () => {
    await app?.apollo.stop();
    await db?.close();
    await supervisor?.stop();
  }, 60_000);

  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: Record<string, unknown> | null;
        errors?: { extensions?: { code?: string } }[];
      },
    };
  };
  const create = (n: number) =>
    gql(`mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }`, {
      input: { planId, name: `Part ${n}` },
    });
  const timed = async <T>(work: () => Promise<T>) => {
    const t0 = Date.now();
    const result = await work();
    return { result, ms: Date.now() - t0 };
  };

  it("runs with authentication on: no password, no access", async () => {
    const driver = neo4jDriver.driver(supervisor.server.uri, neo4jDriver.auth.basic("neo4j", "wrong-password"));
    await expect(driver.executeQuery("RETURN 1")).rejects.toThrow(/auth|credentials|Unauthorized/i);
    await driver.close();
  });

  it(`fails fast while Neo4j is paused for ${pauseSeconds} s, and answers again when it runs`, async () => {
    expect((await gql(`{ plans { id } }`)).body.errors).toBeUndefined();
    const pid = supervisor.server.pid;
    process.kill(pid, "SIGSTOP");
    try {
      await sleep(100);
      const [request, ready] = await Promise.all([
        timed(() => gql(`{ plans { id } }`)),
        timed(() => fetch(`${url}/readyz`)),
      ]);
      const later = await timed(() => gql(`{ departments(planId: "${planId}") { id } }`));
      console.log(
        `paused: SERVICE_UNAVAILABLE after ${request.ms} ms (next request ${later.ms} ms), /readyz ${ready.result.status} after ${ready.ms} ms`,
      );
      expect(request.result.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(request.ms).toBeLessThan(3_000);
      expect(later.result.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(later.ms).toBeLessThan(3_000);
      expect(ready.result.status).toBe(503);
      expect(await ready.result.json()).toEqual({ status: "unavailable" });
      expect(ready.ms).toBeLessThan(2_000);
      const until = Date.now() + (pauseSeconds - 1) * 1000;
      while (Date.now() < until) {
        const probe = await timed(() => gql(`{ plans { id } }`));
        expect(probe.ms).toBeLessThan(3_000);
        await sleep(250);
      }
    } finally {
      process.kill(pid, "SIGCONT");
    }
    let recoveredMs = -1;
    const resumed = Date.now();
    while (Date.now() - resumed < 15_000) {
      if (!(await gql(`{ plans { id } }`)).body.errors) {
        recoveredMs = Date.now() - resumed;
        break;
      }
      await sleep(100);
    }
    console.log(`paused: answering again ${recoveredMs} ms after SIGCONT`);
    expect(recoveredMs).toBeGreaterThanOrEqual(0);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  }, 60_000);

  it("is started again by the supervisor when killed, keeps every acknowledged write, and the API recovers by itself", async () => {
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

    while (acknowledged.length < 20) await sleep(50);
    const oldPid = supervisor.server.pid;
    process.kill(oldPid, "SIGKILL");
    const killedAt = Date.now();
    while (isAlive(oldPid)) await sleep(20);
    const down = await timed(() => fetch(`${url}/readyz`));
    expect(down.result.status).toBe(503);
    const whileDown = await timed(() => gql(`{ plans { id } }`));
    expect(whileDown.result.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(whileDown.ms).toBeLessThan(3_000);

    let recoveredMs = -1;
    while (Date.now() - killedAt < 60_000) {
      const probe = await gql(`{ plans { id } }`);
      if (!probe.body.errors) {
        recoveredMs = Date.now() - killedAt;
        break;
      }
      await sleep(200);
    }
    const before = acknowledged.length;
    while (acknowledged.length < before + 10) await sleep(50);
    writing = false;
    await writer;

    console.log(
      `kill: restarted by the supervisor (pid ${oldPid} -> ${supervisor.server.pid}); ${acknowledged.length} writes acknowledged, refused while down: ${JSON.stringify(Object.fromEntries(codes))}, API answered ${recoveredMs} ms after the kill; ${logs.join(" | ")}`,
    );
    expect(supervisor.restarts).toBe(1);
    expect(supervisor.server.pid).not.toBe(oldPid);
    expect(logs.some((l) => /exited unexpectedly \(SIGKILL\)/.test(l))).toBe(true);
    expect(recoveredMs).toBeGreaterThanOrEqual(0);
    // CONFLICT: a write whose commit reached the server but whose answer did not; the driver's
    // retry then finds it already there. It is stored, just not acknowledged.
    expect([...codes.keys()].filter((code) => !["SERVICE_UNAVAILABLE", "TIMEOUT", "CONFLICT"].includes(code))).toEqual(
      [],
    );

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
      tx.run<{ n: number }>(
        `MATCH (a:AuditEntry {planId: $planId, kind: 'Organisation'}) WHERE NOT EXISTS { MATCH (:Organisation {id: a.nodeId}) } RETURN count(a) AS n`,
        { planId },
      ),
    );
    expect(orphans?.n).toBe(0);
  }, 120_000);

  it("runs Neo4j in its own process group, and on a clean stop drains the API before stopping Neo4j", async () => {
    const pid = supervisor.server.pid;
    // Ctrl-C in a terminal signals the foreground process group: Neo4j is not in ours.
    const { execFileSync } = await import("node:child_process");
    const pgid = (p: number) =>
      Number(execFileSync("ps", ["-o", "pgid=", "-p", String(p)], { encoding: "utf8" }).trim());
    expect(pgid(pid)).not.toBe(pgid(process.pid));

    // A write held up by a lock another transaction keeps for 1.5 s is in flight when the stop begins.
    const target = `${planId}:it:b`;
    const driver = neo4jDriver.driver(supervisor.server.uri, neo4jDriver.auth.basic("neo4j", password));
    const session = driver.session();
    const holder = await session.beginTransaction();
    await holder.run("MATCH (n:Entity {id: $id}) SET n.__hold = true", { id: target });
    const [node] = await db.read("version", (tx) =>
      tx.run<{ version: number }>("MATCH (n:Entity {id: $id}) RETURN n.version AS version", { id: target }),
    );
    const write = gql(
      `mutation { updateGoal(id: "${target}", version: ${node!.version}, patch: {title: "Skrevet under nedlukning"}) { version } }`,
    );
    await sleep(300);
    setTimeout(
      () =>
        void holder
          .rollback()
          .then(() => session.close())
          .then(() => driver.close()),
      1_500,
    );
    const order: string[] = [];
    const stopping = shutdown({
      api: {
        stop: async () => {
          await app.apollo.stop();
          order.push("api drained");
        },
      },
      db: {
        close: async () => {
          await db.close();
          order.push("db closed");
        },
      },
      neo4j: {
        stop: async () => {
          order.push(`neo4j stopping (alive: ${isAlive(pid)})`);
          await supervisor.stop();
        },
      },
      log: () => {},
    });
    const answer = await write;
    await stopping;
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.updateGoal).toEqual({ version: node!.version + 1 });
    expect(order).toEqual(["api drained", "db closed", "neo4j stopping (alive: true)"]);
    expect(isAlive(pid)).toBe(false);
    expect(supervisor.restarts).toBe(1);
  }, 60_000);
});
